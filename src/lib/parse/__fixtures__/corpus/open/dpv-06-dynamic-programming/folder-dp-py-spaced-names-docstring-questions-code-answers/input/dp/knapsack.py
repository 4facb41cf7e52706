def knap_repetition(values, weights, limit):
	n = len(values)

def knap_no_repetition(values, weights):
	return


print(knap_repetition(values=[1,2,3], weights=[1,1,3], limit=4))