"""
6.2 You set out on a long journey from mile post 0. There are n hotels along the route,
at mile posts a1 < a2 < ... < an, every ai measured from the start. You may
only stop at these hotels, but the choice of which ones is yours. The last hotel
(at an) is your destination, so you have to stop there.

Ideally you would cover 200 miles every day, but the hotel spacing may rule that out.
Travelling x miles in a day costs a penalty of (200 - x)^2 for that day. You
want a plan that makes the total penalty - the sum of the daily penalties over all
travel days - as small as possible. Give an efficient algorithm that finds the best
sequence of hotels to stop at
"""

import sys

"""
Hand back the best sequence of hotel stops together with the smallest penalty that the
sequence costs
"""
def hotel_stops_min_penalty(a):
    # Set a0 = the starting point = 0
    a_ = a[:]
    a_.insert(0, 0)
    P = [ 0 for x in a_ ]
    # For each mile post, the earlier stop giving the least penalty
    s = [ 0 for x in a_ ]
    for i in range(1, len(a_), 1):
        P[i] = sys.maxsize # start at infinity
        for j in range(i):
            # When only the penalty matters and not the stops, a plain min is enough:
            # P[i] = min(P[i], P[j] + (200 - (a[i] - a[j])) ** 2)

            # Remember which earlier stop gives the least penalty at mile post i
            p = P[j] + (200 - (a_[i] - a_[j])) ** 2
            if p < P[i]:
                s[i] = j
                P[i] = p

    stops = []
    k = i
    while k > 0:
        stops.append(k)
        k = s[k]

    return (P[i], stops[::-1])


if __name__ == "__main__":
    # A Java version of the same idea: https://github.com/iamprem/algorithms/blob/master/Hotel.java
    a = [ 190, 420, 550, 660, 670 ]
    p, s = hotel_stops_min_penalty(a)
    print('Stops=[%s] Minimum penalty = %d sequence = %s' % (a, p, s))

    a = [ 10, 200, 270, 430, 500 ]
    p, s = hotel_stops_min_penalty(a)
    print('Stops=[%s] Minimum penalty = %d sequence = %s' % (a, p, s))

