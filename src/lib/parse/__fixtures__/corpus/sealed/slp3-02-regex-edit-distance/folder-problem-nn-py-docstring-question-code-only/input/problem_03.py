import re
'''
Build a small program in the spirit of ELIZA out of substitutions like the ones
shown on page 9. Any domain will do instead of the Rogerian therapist, as long as it is one where the
program can plausibly get away with echoing the user a great deal.
'''

'''
My Program: Home Assistant

Takes a spoken chore instruction, swaps words and tacks on verb endigns so the reply confirms the chore is under way.
'''

def solution(str):
	return re.sub(r"^(wash|add|delet|remov|creat|start)(e)?\b(.*)", r"\1ing\3", str)
