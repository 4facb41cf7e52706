library(IRdisplay)

display_markdown("
**2H1.** Imagine there are two panda species. They are equally common in the wild and share the same
habitat. They look identical, eat the same things, and no genetic test can yet
distinguish them. Their litters differ, though. Species A has twins 10% of the time and a
single cub otherwise. Species B has twins 20% of the time and a single cub
otherwise. Treat these figures as exact, known from years and years
of field work.

You now run a captive breeding programme for pandas. A new female of
unknown species has just had twins. How likely is it that her next litter
will be twins as well?

**Solution**

Put a flat prior on which species our panda belongs to. The two species are equally common in the
wild, so we treat the species as decided by a Bernoulli trial with `p = 0.5`.

Here the hidden quantity is not `p`; it is the result of the Bernoulli trial that
picked this particular panda out of the wild.

Suppose twinning depends only on the species, and not on any single panda being
more or less prone to twins. In summary:
```
Pr(A) = 0.5
Pr(B) = 0.5
Pr(twins|A) = 0.1
Pr(twins|B) = 0.2
Pr(twins) = Pr(twins|A) Pr(A) + Pr(twins|B) Pr(B)
```
")

prior = c(0.5, 0.5)
names(prior) <- c("A", "B")
likelihood = c(0.1, 0.2)
unstd.posterior = likelihood * prior
posterior = unstd.posterior / sum(unstd.posterior)
display(posterior)
twins = likelihood[1] * posterior[1] + likelihood[2] * posterior[2]
display(twins)

display_markdown("
**2H2.** Keep everything from the previous problem. Work out the probability that our panda
belongs to species A, given only the first birth, which was twins.

**Solution**
Speaking as a machine-learning person, this is 'inference' (making a prediction) with
'twins' as the model's input. The prediction comes out as a probability rather than a yes or
no, although a cut-off (an event threshold) can turn that probability into a yes or no.

```
Pr(A|twins) = Pr(twins|A) Pr(A) / Pr(twins)
```
")

display(0.1 * 0.5 / (0.1 * 0.5 + 0.2 * 0.5))

display_markdown("
**2H3.** Carrying on from the last problem, the same mother gives birth a second time,
and this time to a single cub rather than twins. Find the posterior probability that she
belongs to species A.
")

likelihood = c(0.9, 0.8)
unstd.posterior = likelihood * posterior
posterior = unstd.posterior / sum(unstd.posterior)
display(posterior)

display_markdown("
**2H4.** Bayesians like to claim that their approach lets you combine every piece of data
you have, even when the pieces are of different kinds.

Now a vet turns up with a new genetic test that, she says, tells the species of our
mother panda. Like every test it makes mistakes. Here is what is known about
it:
- It labels a species A panda correctly with probability 0.8.
- It labels a species B panda correctly with probability 0.65.

The vet runs the test on your panda and reports a result of species A. Start by
setting the birth data aside and find the posterior probability that the panda is species A. After that,
repeat the calculation with the birth data included.

**Solution**

I take it the test gives a yes/no style answer, A or B, which can be modelled as a
Bernoulli trial with two outcomes (testA and testB). Which outcome we get depends on the
panda's true species (is contingent on it).

| x     | testA | testB | Total |
| ---   | ---   | ---   | ---   |
| A     | 0.8   | 0.2   | 1.0   |
| B     | 0.35  | 0.65  | 1.0   |
| Total | 1.15  | 0.85  | 2.0   |

```
Pr(testA|A) = Pr(testA, A) / P(A) = 0.8 * 0.5 / 0.5 = 0.8
Pr(testA|B) = 0.35
Pr(testB|A) = 0.2
Pr(testB|B) = 0.65
Pr(A|testA) = 
```
")

prior = c(0.5, 0.5)
names(prior) <- c("A", "B")
likelihood = c(0.8, 0.35)
unstd.posterior = likelihood * prior
posterior = unstd.posterior / sum(unstd.posterior)
display(posterior)

prior = c(0.5, 0.5)
names(prior) <- c("A", "B")
likelihood = c(0.8, 0.35)
unstd.posterior = likelihood * prior
posterior = unstd.posterior / sum(unstd.posterior)
likelihood = c(0.1, 0.2)
unstd.posterior = likelihood * posterior
posterior = unstd.posterior / sum(unstd.posterior)
likelihood = c(0.9, 0.8)
unstd.posterior = likelihood * posterior
posterior = unstd.posterior / sum(unstd.posterior)
display(posterior)
