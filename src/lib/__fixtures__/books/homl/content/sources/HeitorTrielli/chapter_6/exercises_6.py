import numpy as np

"""
1. What is the approximate depth of a decision tree trained (without restrictions)
on a training set with one million instances?
"""
# My guess was that it hinges on how separable the data is. Could be two levels, could be a million


# Correction: totally off.
# Trees usually end up roughly balanced, so the depth is about log_2(m). With a million
# instances that gives us roughly

np.ceil(np.log2(1_000_000))

# levels

"""
2. Is a node's Gini impurity generally lower or higher than its parent's? Is it generally
lower/higher, or always lower/higher?
"""

# I said higher, reasoning that nodes near the top had more room to pick the best cut
# for lowering gini, and deeper nodes were stuck with whatever data reached them

# Wrong again (I misread the question, which is the most annoying way to miss one).
# The fix:
# It is usually LOWER. CART picks splits that minimize the weighted GINI of the children,
# so if one child gets a big drop in impurity the other child may actually end up with
# a GINI above the parent's, because the algorithm only looks at the weighted total
# and not at each child by itself

"""
3. If a decision tree is overfitting the training set, is it a good idea to try decreasing
max_depth?
"""

# Yes! An overfitting model needs less freedom, and limiting how deep it can grow is one
# way of constraining it

"""
4. If a decision tree is underfitting the training set, is it a good idea to try scaling the
input features?
"""

# Trees barely care about feature scale, so rescaling should not change much here

"""
5. If it takes one hour to train a decision tree on a training set containing one
million instances, roughly how much time will it take to train another decision
tree on a training set containing ten million instances? Hint: consider the CART
algorithm's computational complexity.
"""
import numpy as np

# If 1m takes 1h
np.exp(1) / np.exp(1)

# then 10m takes 8100 hours, ouch
np.exp(10) / np.exp(1)


# Second correction: that was the cost of finding the OPTIMAL tree, not the greedy
# tree CART builds. Redoing the numbers:

# If 1m takes 1h:
m0 = 1_000_000

normalizer = m0 * np.log2(m0)

time_0 = m0 * np.log2(m0) / normalizer

# So 10m should need something like 11.6 hours

m1 = 10_000_000

time_1 = m1 * np.log2(m1) / normalizer

"""
6. If it takes one hour to train a decision tree on a given training set, roughly how
much time will it take if you double the number of features?
"""

# my answer: e times longer

np.exp(2) / np.exp(1)

# Missed it for the same reason as in exercise 5. Updated math:

m0 = 2

for m0 in list(range(2, 300000, 100000)):
    normalizer = m0 * np.log2(m0)
    time_0 = m0 * np.log2(m0) / normalizer

    # Roughly 2.1 times the original time
    m1 = 2 * m0
    time_1 = m1 * np.log2(m1) / normalizer

    print(time_1 / time_0)
    print(2 * np.log2(m1) / np.log2(m0))

# Small datasets take slightly longer than that, but it should stay
# close to 2.1 times.

# Closed form if you want it: 2*log2(m1)/log2(m0) times the original


"""
7. Train and fine-tune a decision tree for the moons dataset by following these
steps:
a. Use make_moons(n_samples=10000, noise=0.4) to generate a moons dataset.
b. Use train_test_split() to split the dataset into a training set and a test set.
c. Use grid search with cross-validation (with the help of the GridSearchCV
class) to find good hyperparameter values for a DecisionTreeClassifier.
Hint: try various values for max_leaf_nodes.
d. Train it on the full training set using these hyperparameters, and measure
your model's performance on the test set. You should get roughly 85% to 87%
accuracy.
"""
from sklearn.datasets import make_moons
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.tree import DecisionTreeClassifier

moons = make_moons(n_samples=10000, noise=0.4, random_state=42)

X_all, y_all = moons[0], moons[1]
X_tr, X_te, y_tr, y_te = train_test_split(
    X_all, y_all, random_state=42
)

tree_model = DecisionTreeClassifier()

np.log2(10000)

search_space = {
    "max_depth": [1, 2, 4, 7, 8, 9, 10, 15, None],
    "max_leaf_nodes": range(2, 50),
    "min_samples_split": [2, 10, 100, 400, 1000],
}

grid_search = GridSearchCV(
    tree_model, param_grid=search_space, scoring="accuracy", verbose=5, n_jobs=10
)

grid_search.fit(X_tr, y_tr)

best_tree = grid_search.best_estimator_

accuracy_score(y_te, best_tree.predict(X_te))


"""
8. Grow a forest by following these steps:
a. Continuing the previous exercise, generate 1,000 subsets of the training set,
each containing 100 instances selected randomly. Hint: you can use ScikitLearn's 
ShuffleSplit class for this.
b. Train one decision tree on each subset, using the best hyperparameter values
found in the previous exercise. Evaluate these 1,000 decision trees on the test
set. Since they were trained on smaller sets, these decision trees will likely
perform worse than the first decision tree, achieving only about 80% accuracy.
c. Now comes the magic. For each test set instance, generate the predictions of
the 1,000 decision trees, and keep only the most frequent prediction (you can
use SciPy's mode() function for this). This approach gives you majority-vote
predictions over the test set.
d. Evaluate these predictions on the test set: you should obtain a slightly higher
accuracy than your first model (about 0.5 to 1.5% higher). Congratulations,
you have trained a random forest classifier!
"""
# 1000 subsets of 100 out of a training set this size leaves nothing over for a
# test set, doesn't it? Unless sampling is allowed to repeat?
# Going with sampling with replacement then

from scipy.stats import mode
from sklearn.base import clone
from sklearn.model_selection import ShuffleSplit

splitter = ShuffleSplit(1000, train_size=100, random_state=42)

all_preds = list()
scores = list()

tr_idx, te_idx = zip(*[(a, b) for a, b in splitter.split(y_tr)])

small_X = [X_tr[idx] for idx in tr_idx]
small_y = [y_tr[idx] for idx in tr_idx]

forest = [clone(grid_search.best_estimator_) for _ in range(len(small_X))]

for tree, Xs, ys in zip(forest, small_X, small_y):
    tree.fit(Xs, ys)

    pred = tree.predict(X_te)
    all_preds.append(pred)

    scores.append(accuracy_score(y_te, pred))


vote, n_votes = mode(all_preds)

# Close to the single tuned tree, though I did run a pretty big search
accuracy_score(y_te, vote)
