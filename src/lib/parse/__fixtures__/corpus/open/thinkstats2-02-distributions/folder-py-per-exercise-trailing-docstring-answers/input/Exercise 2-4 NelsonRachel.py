from __future__ import print_function, division

#loads the packages
import numpy as np
import sys
import nsfg
import thinkstats2
import math
import matplotlib



# loads the NSFG pregnancy data as shown on page 17 of the book
preg = nsfg.ReadFemPreg()
live = preg[preg.outcome == 1]

# splits births into first births and other births as shown on page 20 of the book
firsts = live[live.birthord == 1]
others = live[live.birthord != 1]

group1 = live[live.birthord == 1]
group2 = live[live.birthord != 1]

first_hist = thinkstats2.Hist(firsts.totalwgt_lb, label='first births')
other_hist = thinkstats2.Hist(others.totalwgt_lb, label='other births')

# works out the means for first and other births where fb = first births and ob = other births
fbm = firsts.totalwgt_lb.mean()
obm = others.totalwgt_lb.mean()
# works out the standard deviations for first and other births
fstd = firsts.totalwgt_lb.std()
ostd = others.totalwgt_lb.std()
print("{:.2f}".format(fstd)+ " = first time baby std")
print("{:.2f}".format(ostd)+ " = other baby std")

# basic statistics
mean = firsts.totalwgt_lb.mean()
var = firsts.totalwgt_lb.var()
std = firsts.totalwgt_lb.std()

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
print("95% of first pregnancies have babies between "+"{:.2f}".format(fb95_min)+ " and "+"{:.2f}".format(fb95_max)+ " lbs, with the mean being "+"{:.2f}".format(fbm)+" lbs.")
print("95% of other pregnancies have babies between "+"{:.2f}".format(ob95_min)+ " and "+"{:.2f}".format(ob95_max)+ " lbs, with the mean being "+"{:.2f}".format(obm)+" lbs.")
print("98% of first pregnancies have babies between "+"{:.2f}".format(fb98_min)+ " and "+"{:.2f}".format(fb98_max)+ " lbs.")
print("98% of other pregnancies have babies between "+"{:.2f}".format(ob95_min)+ " and "+"{:.2f}".format(ob95_max)+ " lbs.")

#work out cohen d
def CohenEffectSize(group1, group2):
    diff = group1.mean() - group2.mean()

    var1 = group1.var()
    var2 = group2.var()
    n1, n2 = len(group1), len(group2)

    pooled_var = (n1 * var1 + n2 * var2) / (n1+n2)
    d = diff / math.sqrt(pooled_var)
    return d

#finds cohen's distance between first time and other birth baby weights
wtdiffb = CohenEffectSize(firsts.totalwgt_lb, others.totalwgt_lb)

#finds cohen's distance between first time and other pregnancy lengths
wtdiffw = CohenEffectSize(firsts.prglngth, others.prglngth)

print("The difference between birth weights in groups is " +"{:.2f}".format(wtdiffb))
print("The difference between pregnancy lengths in groups is " +"{:.2f}".format(wtdiffw))

"""
Find out if first babies weigh less or more than the others
First babies come in at a mean of 7.2 lbs, and other babies at a mean of 7.33 lbs. 
The gap in the means points to first babies being lighter than the others, given both have a standard deviation near 1.4 lbs
Between the groups the birth weight difference is -0.09 and the pregnancy length difference is 0.03, so weights show a slight drop (first babies lighter) 
and lengths show an even slighter rise (a bit more time)
"""