# Make change: from the amount charged and the amount paid, list the bills
#  and coins to return, using as few as possible.

def make_change(charge, given):
    res = []
    amount = given - charge
    coins = [100, 50, 20, 10, 5, 2, 1]
    for coin in coins:
        while amount >= coin:
            res.append(coin)
            amount -= coin
    return res
