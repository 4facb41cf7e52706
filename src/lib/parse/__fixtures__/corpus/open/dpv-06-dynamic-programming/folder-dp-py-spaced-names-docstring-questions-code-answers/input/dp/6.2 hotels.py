"""
A long road trip begins at mile post 0. On the way lie n
hotels, at mile posts a1 < a2 < · · · < an, each ai counted from the start. You may
stop for the night only at these hotels, and you pick which ones; the last hotel
(at an) is the destination, so you must stop there.

Your ideal day covers 200 miles, which the hotel spacing may not allow. A day of x miles
costs a penalty of (200 − x)^2. Plan the trip so the total penalty — the penalties of
all the days added up — is as small as it can be.

Find an efficient algorithm giving the best sequence of hotels to stop at
"""

def hotels(lst):
	n = len(lst)
	lst.insert(0,0)
	opt = [float("inf") for _ in range(n+1)]
	opt[0] = 0
	stops = [0 for _ in range(n+1)]
	path = []
	
	for cur in range(1,n+1):
		for prev in range(cur):
			p = opt[prev] + (200-(lst[cur]-lst[prev]))**2
			if p < opt[cur]:
				opt[cur] = p
				stops[cur] = prev
	k=n
	print(stops)
	while k > 0:
		path.insert(0, stops[k])
		k = stops[k]
		
	print(opt)
	return opt[n], path

def hotels2(lst):
	n = len(lst)
	opt = [float("inf")] * (n+1)
	opt[0] = 0
	lst.insert(0,0)

	for i in range(1,n+1):
		for j in range(i):
			diff = (200-(lst[i] - lst[j]))**2 + opt[j]
			opt[i] = min(opt[i], diff)
	return opt[n] , []

example = [100,300,400,500, 900]
res, path = hotels2(example)
print("for hotels %s the lowest penalty is %d by stopping at hotels %s" % (example, res,path))
