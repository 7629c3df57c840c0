// Reload this page when a change reaches it (server-sent events from the preview).
"use strict";
(function () {
  const body = document.body;
  const campaign = body.dataset.campaign || "";
  const locale = body.dataset.locale || "";
  const version = body.dataset.version || "0";
  const reaches = function (page) {
    const [c, l] = page;
    return (!c || !campaign || c === campaign) && (!l || !locale || l === locale);
  };
  const events = new EventSource("/events?since=" + encodeURIComponent(version));
  events.onmessage = function (message) {
    const change = JSON.parse(message.data);
    if (change.pages.some(reaches)) {
      events.close();
      window.location.reload();
    }
  };
})();
