"""
1. If you have trained five different models on the exact same training data, and
they all achieve 95% precision, is there any chance that you can combine these
models to get better results? If so, how? If not, why?
"""

# Yes! Build an ensemble that merges what the five models say and report that
# merged output as the answer. With classifiers, for instance, you can take the
# class that most of the 5 models predicted as the final
# prediction

"""
2. What is the difference between hard and soft voting classifiers?
"""

# Hard voting just picks the most common predicted class among the models, whereas
# soft voting weighs each vote by the probability the model gives to every
# class. So soft voting can make use of how sure each model is, letting the
# confident predictions count for more when the votes are
# added up

"""
3. Is it possible to speed up training of a bagging ensemble by distributing it across
multiple servers? What about pasting ensembles, boosting ensembles, random
forests, or stacking ensembles?
"""

# Yes. Bagging can run in parallel, on several CPU cores or even across several servers
# if needed. Pasting works the same way. Boosting sadly can't be spread out,
# because every round needs the output of the round before it. Random forests are
# really just bagging with trees, so they can be split across machines too. Stacking
# can also be parallelized, since its models don't depend on one another

# PS (after checking the solutions): stacking layers still run one after the other, so the next layer
# can only start once every server has finished its part

"""
4. What is the benefit of out-of-bag evaluation?
"""

# You get to skip holding back part of the data for validation, because the
# OOB instances were never used to train that predictor

"""
5. What makes extra-trees ensembles more random than regular random forests?
How can this extra randomness help? Are extra-trees classifiers slower or faster
than regular random forests?
"""

# Extra-trees are more random because the split threshold for each feature is picked
# at random. That lets us drop the expensive search for the best threshold.
# And since that search is skipped, they train faster than plain random
# forests

"""
6. If your AdaBoost ensemble underfits the training data, which hyperparameters
should you tweak, and how?
"""

# One knob is the learning rate. Raising it should improve the fit,
# because the model then puts more weight on the instances it got wrong in
# the previous round, which pushes it toward fitting the data better.
# Another option would be raising the

"""
7. If your gradient boosting ensemble overfits the training set, should you increase
or decrease the learning rate?
"""

# Lower it. A bigger learning rate means each new tree fitted on the residual errors
# counts for more, and that is what drives the fit up. So when it overfits,
# bring the learning rate down.

"""
8. Load the MNIST dataset (introduced in Chapter 3), and split it into a training
set, a validation set, and a test set (e.g., use 50,000 instances for training, 10,000
for validation, and 10,000 for testing). Then train various classifiers, such as a
random forest classifier, an extra-trees classifier, and an SVM classifier. Next, try
to combine them into an ensemble that outperforms each individual classifier
on the validation set, using soft or hard voting. Once you have found one, try
it on the test set. How much better does it perform compared to the individual
classifiers?
"""
import numpy as np
import pandas as pd
from sklearn.datasets import fetch_openml
from sklearn.ensemble import (
    ExtraTreesClassifier,
    RandomForestClassifier,
    StackingClassifier,
)
from sklearn.svm import SVC

mnist = fetch_openml("mnist_784")

X = mnist.data
y = mnist.target

data = pd.concat([X, y], axis=1)

data = data.sample(frac=1)

train_df = data[:50000]
test_df = data[50000:60000]
valid_df = data[60000:]


rf_clf = RandomForestClassifier()
et_clf = ExtraTreesClassifier()
svm_clf = SVC(
    probability=True
)  # the SVC takes forever on 50k rows :s

classifiers = [rf_clf, et_clf, svm_clf]

val_scores = np.empty(3)
for i, clf in enumerate(classifiers):
    clf.fit(train_df.drop(columns="class"), train_df["class"])
    val_scores[i] = clf.score(
        valid_df.drop(columns="class"), valid_df["class"]
    )

estimators = [("rf", rf_clf), ("et", et_clf), ("svm", svm_clf)]

stacker = StackingClassifier(estimators, n_jobs=3)

stacker.fit(train_df.drop(columns="class"), train_df["class"])

stacker.score(valid_df.drop(columns="class"), valid_df["class"])


"""
9. Run the individual classifiers from the previous exercise to make predictions on
the validation set, and create a new training set with the resulting predictions:
each training instance is a vector containing the set of predictions from all your
classifiers for an image, and the target is the image's class. Train a classifier
on this new training set. Congratulations—you have just trained a blender, and
together with the classifiers it forms a stacking ensemble! Now evaluate the
ensemble on the test set. For each image in the test set, make predictions with all
your classifiers, then feed the predictions to the blender to get the ensemble's 
predictions. How does it compare to the voting classifier you trained earlier? Now
try again using a StackingClassifier instead. Do you get better performance? If
so, why?
"""
val_preds = [clf.predict(valid_df.drop(columns="class")) for clf in classifiers]
blend_train = pd.concat(
    [
        pd.DataFrame(np.array(val_preds).T),
        valid_df["class"].reset_index(drop=True),
    ],
    axis=1,
)

blender = RandomForestClassifier()
blender.fit(blend_train.drop(columns="class"), blend_train["class"])

test_preds = [
    clf.predict(test_df.drop(columns="class")) for clf in classifiers
]

blender.score(np.array(test_preds).T, test_df["class"])

# The StackingClassifier did better, because it works from predict_proba and so sees
# a richer picture of each prediction. It also runs k-fold cross validation internally,
# which gives it a better shot at a blender that generalizes
