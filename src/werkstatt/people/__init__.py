"""Personal data: erasing and anonymising people, name patterns, and the people and organisations commands."""
