def chain():
	return