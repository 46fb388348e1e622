"""The PDF protocol of a workshop: ``content.gather`` says what it contains, ``html`` writes it as HTML and
``pdf.write_protocol`` lays it out with WeasyPrint as one PDF/A-3a + PDF/UA-1 file with its attachments."""
