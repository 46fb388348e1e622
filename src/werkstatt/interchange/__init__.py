"""Files in and out: BPMN 2.0 with diagram interchange, PicXML fact sheets, workshop packages, CSV."""
