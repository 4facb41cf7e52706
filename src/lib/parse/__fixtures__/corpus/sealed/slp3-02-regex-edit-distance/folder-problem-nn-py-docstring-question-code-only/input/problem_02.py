import re
'''
Give a regular expression for each language below.
	1. strings in which some word is immediately repeated (“Humbert Humbert” and “the the” count, “the bug” and “the big bug” do not);
	2. strings whose line opens with an integer and closes with a word;
	3. strings containing the whole word grotto as well as the whole word raven (a word such as grottos, which only contains grotto, does not count);
	4. a pattern that captures the opening word of an English sentence in a register, coping with punctuation.
'''

def solution_1(string):
	match = re.search(r"([a-zA-Z]+) \1", string)
	if match:
		return match.group()
	return ""

def solution_2(string):
	match = re.search(r"^[0-9]+.* [a-zA-Z]+$", string)
	if match:
		return match.group()
	return ""
	
def solution_3(string):
	match = re.search(r"^(?=.*\bgrotto\b)(?=.*\braven\b).*$", string)
	if match:
		return match.group()
	return ""

def solution_4(string):
	match = re.search(r'[\W]*([a-zA-Z]+)(a-zA-Z )*[\W]*', string)
	if match:
		return match.group(1)
	return ""
