"""Visiting my mother lately, we noticed that flipping the two digits
of my age gives hers. Say she’s 73,
then I’m 37. We asked ourselves how many times that had been true, but the
talk drifted elsewhere and we never settled it.
“Back home I worked out that our ages had been digit-reversals
six times up to now. I also saw that with luck it would recur in
a few years, and with more luck once again after that,
making 8 times in all. So how
old am I today?”
Write Python code that hunts for answers to this puzzle. Tip: the
string method zfill may come in handy."""


def is_reverse(x, y):
    x = str(x).zfill(2)
    y = str(y).zfill(2)
    return x == y[::-1]


def car_talk_9():
        for y in range(100):
            for x in range(100):
                if x != y and is_reverse(x, y):
                    print x, y
                    print "difference is:" + str(y - x)
                x += 1
                y += 1
car_talk_9()