import re
'''
Give a regular expression for each language below.
	1. every string made only of letters
    2. every all-lowercase letter string whose last letter is b
    3. every string over the letters a and b in which any a has a b right before it and a b right after it
'''

def solution_1(string):
	match = re.search(r"[a-zA-Z]+", string)
	if match:
		return match.group()
	return ""

def solution_2(string):
	match = re.search(r"[a-z]*b", string)
	if match:
		return match.group()
	return ""
	
def solution_3(string):
	match = re.search(r"b+(b?(ab)*)*", string)
	if match:
		return match.group()
	return ""
