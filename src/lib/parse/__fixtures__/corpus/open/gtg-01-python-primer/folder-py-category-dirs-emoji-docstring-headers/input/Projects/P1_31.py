"""
📝 Author: Saud Hashmi
🧷 Problem Index: P-1.31
🚩 Problem Statement:
    Make change: from the amount charged and the amount paid, list the bills
    and coins to return, using as few as possible.
"""

den = [1, 2, 5, 10, 20, 50, 100, 200, 500, 2000]

def make_change(amt_charged, amt_given):
    diff = amt_given - amt_charged
    cash_sum = 0
    seq = []
    i = len(den)-1
    while cash_sum < diff:
        if den[i] > diff: i -= 1
        else:
            if cash_sum + den[i] <= diff: 
                cash_sum += den[i]
                seq.append(den[i])
            else: i -= 1
    return seq

print(make_change(1310, 2000))
print(make_change(1000, 2000))
print(make_change(6942, 13884))