from __future__ import print_function, division

#loads the packages
import numpy as np
import sys
import nsfg
import thinkstats2

# loads the NSFG pregnancy data as shown on page 17 of the book
preg = nsfg.ReadFemPreg()
live = preg[preg.outcome == 1]

# splits births into first births and other births as shown on page 20 of the book
firsts = live[live.birthord == 1]
others = live[live.birthord != 1]

first_hist = thinkstats2.Hist(firsts.prglngth, label='first births')
other_hist = thinkstats2.Hist(others.prglngth, label='other births')

# works out the means for first and other births where fb = first births and ob = other births
fbm = firsts.prglngth.mean()
obm = others.prglngth.mean()
# works out the standard deviations for first and other births
fstd = firsts.prglngth.std()
ostd = others.prglngth.std()

# checks the empirical rule (95/99.7) spreads by working out sigma
# standard deviations * mean where fb = first births and ob = other births
fb95_max = fbm + (fstd*2)
fb95_min = fbm + -(fstd*2)
ob95_max = obm + (ostd*2)
ob95_min = obm + -(ostd*2)
fb98_max = fbm + (fstd*3)
fb98_min = fbm + -(fstd*3)
ob98_max = obm + (ostd*3)
ob98_min = obm + -(ostd*3)


#Summary Statistics
print("95% of first pregnancies give birth between "+"{:.2f}".format(fb95_min)+ " and "+"{:.2f}".format(fb95_max)+ " weeks, with the mean being "+"{:.2f}".format(fbm)+" weeks.")
print("95% of other pregnancies give birth between "+"{:.2f}".format(ob95_min)+ " and "+"{:.2f}".format(ob95_max)+ " weeks, with the mean being "+"{:.2f}".format(obm)+" weeks.")
print("98% of first pregnancies give birth between "+"{:.2f}".format(fb98_min)+ " and "+"{:.2f}".format(fb98_max)+ " weeks.")
print("98% of other pregnancies give birth between "+"{:.2f}".format(ob95_min)+ " and "+"{:.2f}".format(ob95_max)+ " weeks.")
print(firsts.prglngth.max())

"""
Which Summary statistic would get a story onto the evening news?
Hold on to your hats! A first pregnancy can run as long as 48 weeks!

Which summary statistics would calm down a worried parent?
I would let the parent know that first time mothers give birth at 38 weeks on average, and 95% of first pregnancies end between 33-44 weeks.

Do first babies arrive late?
98% of first pregnancies end between 30.23 and 46.98 weeks, while other pregnancies end between 33.29 and 43.75 weeks. Still, the 
mean for first and other babies alike is 38 weeks. Given this figure, 
I would not conclude that first babies come late; they just have about three weeks more spread for the baby to be bore before or after the 
38 week average. 
"""