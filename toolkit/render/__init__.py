"""Rendering: facts formatted per locale, templates filled, documents and PDFs produced."""
