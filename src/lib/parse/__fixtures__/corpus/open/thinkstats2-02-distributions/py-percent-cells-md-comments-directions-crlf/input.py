#%% [markdown]
# # Week 3: Excercise 3.2
# File: DSC530_Paulovici_Excercise_3.2.py (.ipynb)<br> 
# Name: Kevin Paulovici<br>
# Date: 9/15/2019<br>
# Course: DSC 530 Data Exploration and Analysis<br>
# Assignment: Chapter 1: 1.2 & Chapter 2: 2.2, 2.4


#%% [markdown]
# ## Chapter 2: Excercise 2.1

#%% [markdown]
# ### Directions:
# Exercise 2.1 Drawing on what this chapter found, say you had to sum up what you learned about whether first babies come late. Which summary statistics would you pick to land a story on the evening news? Which would you pick to calm a nervous patient?<br> <br>

# For calming a nervous patient I would reach for the standard deviation. I would also set it in contex for them so the effect made sense. To get onto the evening news I would most likely lead with the mean. Even so, I would want to add the outliers inorder to show the extreme values.<br><br>

# Last, picture yourself as Cecil Adams, who writes The Straight Dope (http://straightdope.com), and who must answer, “Do first babies arrive late?” Write one paragraph that uses this chapter's results to answer clearly, precisely, and honestly.<br><br>

# Across the 7643 women in the National Survey of Family Growth (NSFG), we can at last settle whether first babies come late! Well, do they? Yes... and no, what we found says it depends. Nothing hard backs the idea that first born babies will always turn up late. Between first born and later born babies we got a standard deviation of 0.029; which hardly counts for anything. More data would let us keep shrinking the standard deviation. More studies and more funding could tell us more about how often first born babies run late. 

#%% [markdown]
# ## Chapter 2: Excercise 2.4

#%% [markdown]
# ### Directions:
# Exercise 2.4 With the variable totalwgt_lb, find out whether first babies are lighter or heavier than the rest. Work out Cohen’s d to measure the gap between the groups. How does it stack up against the gap in pregnancy length?


#%%
import numpy as np
import pandas as pd
import nsfg
import thinkstats2
import math

#%% [markdown]
# ### Load the data

#%%
# Load the dataset
df = nsfg.ReadFemPreg()
preg = df[df.outcome == 1]
preg.head()

#%%
# keep only the columns we need (simpler to handle)
preg_filtered = preg.filter(items = ["caseid", "outcome", "birthord", 
"prglngth", "totalwgt_lb"])
preg_filtered.head()

#%%
# take the first babies out of preg_filtered
first = preg_filtered[preg_filtered.birthord == 1]
first.head()
#%%
# take the other babies out of preg_filtered
other = preg_filtered[preg_filtered.birthord != 1]
other.head()

#%% [markdown]
# ### Histogram

#%%
hist_plot = first["totalwgt_lb"].hist()
hist_plot.set_title("totalwgt_lb for first born")
hist_plot.set_xlabel("Weight (lb)")
hist_plot.set_ylabel("Frequency")

#%%
hist_plot = first["totalwgt_lb"].hist()
hist_plot.set_title("totalwgt_lb for other born")
hist_plot.set_xlabel("Weight (lb)")
hist_plot.set_ylabel("Frequency")

#%% [markdown]
# ### Cohen's d Calculation

#%% 
# cohens d as a function
def CohenD(f, o, col):
    """ works out the cohen's d statistic 

    @param: f (dataframe) - first babies
    @param: o (dataframe) - other babies
    @param: col (str) - column to compare 
    returns: d (float) - cohens d rounded to 4 sig. figs
    """
    diff = f[col].mean() - o[col].mean()

    var1 = f[col].var()
    var2 = o[col].var()
    n1, n2 = len(f), len(o)

    pooled_var = (n1 * var1 + n2 * var2) / (n1 + n2)
    d = diff / math.sqrt(pooled_var)

    return round(d, 4)

#%%
# cohen's d on totalwgt_lb
cohen_d = CohenD(first, other, "totalwgt_lb")
cohen_d

#%%
# cohen's d on prglngth
cohen_d = CohenD(first, other, "prglngth")
cohen_d

#%% [markdown]
# ### Cohen's d Summary
# For totalwgt_lb the cohen's d comes out at -0.0887. For prglngth the cohen's d comes out at 0.0289. So the pregnency length barely changes between first and other born babies. The totalwgt_lb, on the other hand, changes roughly three times as much as prglength.  
