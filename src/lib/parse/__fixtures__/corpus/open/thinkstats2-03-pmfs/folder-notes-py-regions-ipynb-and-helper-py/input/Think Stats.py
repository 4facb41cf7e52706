# region Packages
import pandas
import numpy as np
import scipy
import statsmodels
import matplotlib


# endregion Packages

# region Link
# Book
# https://greenteapress.com/thinkstats2/html/index.html

# Souce codes
# https://github.com/AllenDowney/ThinkStats2

# Codebook
# http://www.cdc.gov/nchs/nsfg/nsfg_cycle6.htm
# https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Dataset_Documentation/NSFG/Cycle6Codebook-Pregnancy.pdf - Pregnancy Codebook
# https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Dataset_Documentation/NSFG/Cycle6Codebook-Female.pdf - Respondent Codebook
# https://www.cdc.gov/nchs/data/nsfg/App2_RecodeSpecs.pdf - Recode Specs


# Run Jupyter notebook
# https://jupyter.readthedocs.io/en/latest/running.html#how-do-i-open-a-specific-notebook
# type the commands below in cmd
# Install
#   pip3 install jupyter

# How to open a notebook
#   1. go to the relevent folder
#       cd c:\...\code
#   2. start jupter notebook
#       jupter notebook chap01ex.ipynb


# endregion Link

# region Chapter 3  Probability mass functions
# This chapter's code lives in probability.py.
# Section 0.2 explains how to get the code and work with it.

# region 3.6  Exercises
# Worked solutions for these are in chap03soln.ipynb and chap03soln.py

# region Exercise 1
# A version of the class size paradox turns up when you ask children how many children their family has.
# Big families show up more often in such a sample,
#   and families without children can never be sampled.

# From the NSFG respondent variable NUMKDHH, build the actual distribution of the number of under-18 children per household.

# Then build the biased distribution you would get by asking the children how many under-18 children (themselves included) live in their household.

# Plot both distributions and work out their means.
# chap03ex.ipynb is a place to start.

# ============================================================================================================

#   File - chap03ex.ipynb


# endregion Exercise 1

# region Exercise 2
#
# Section 2.7 got the mean of a sample by summing the elements and dividing by n.
# A PMF has a mean too, it is just computed a bit differently:
# x_bar = ∑i pi * xi
#   where
#       the xi run over the distinct values of the PMF and
#       pi=PMF(xi).

# The variance follows the same pattern:
# S**2 = ∑i pi * (xi − x_bar)**2

# Write PmfMean and PmfVar, taking a Pmf object and returning its mean and its variance.
# To check them, compare against the Mean and Var methods that Pmf already has.

# ============================================================================================================

#   File - Pmf_Functions.py


# endregion Exercise 2

# region Exercise 3
# The book began by asking “Do first babies tend to be late?”
# I answered it by comparing the mean of two groups of babies,
#   leaving out that the difference might show up within one and the same mother.

# For that version of the question,
#   take the respondents with at least two babies and compute the differences pair by pair.
# Does the answer change?

# Tip: nsfg.MakePregMap.

# ============================================================================================================

#   File - chap03ex.ipynb


# endregion Exercise 3

# region Exercise 4
# Usual foot races have one common start.
# A fast runner overtakes plenty of people early on,
#   but a few miles in, everybody nearby runs at about the same pace.

# In my first long (209 miles) relay race something strange happened:
#   runners I passed were usually far slower than me, and
#   runners who passed me were usually far faster.

# I first guessed the speed distribution was bimodal,
#   with many slow runners, many fast ones, and few at my pace.

# Then I saw that I had been fooled by a bias like the class size one.
# Two things made the race unusual:
#   teams started at staggered times;
#   and teams mixed runners of very different ability.

# So runners were spread over the course with hardly any link between speed and position.
# When my leg began, the runners near me were close to a random sample of the whole field.

# Where does the bias come from, then?
# While I am running, the chance that I pass someone or get passed
#   grows in proportion to our difference in speed.
# Slow runners are the ones I catch, fast runners the ones who catch me.
# Runners at my own speed hardly ever meet me.

# Write ObservedPmf, which takes
#   a Pmf of the real speeds of the runners,
#   and the speed of an observer who is also running,
#   and returns a new Pmf of the speeds as that observer sees them.

# relay.py is there for testing:
#   it loads the James Joyce Ramble 10K results (Dedham MA) and turns every runner's pace into mph.

# Work out the speed distribution you would see running a relay leg at 7.5 mph among these runners.
# relay_soln.py holds a worked solution.

# ============================================================================================================

#   File - chap03ex.ipynb


# endregion Exercise 4


# endregion 3.6  Exercises

# region 3.7  Glossary
# Probability mass function (PMF):
#   a way of representing a distribution as a function from values to their probabilities.
# probability:
#   A frequency divided by the sample size.
# normalization:
#   Dividing frequencies by the sample size to turn them into probabilities.
# index:
#   In a pandas DataFrame, the special column that holds the row labels.


# endregion 3.7  Glossary

# endregion Chapter 3  Probability mass functions
