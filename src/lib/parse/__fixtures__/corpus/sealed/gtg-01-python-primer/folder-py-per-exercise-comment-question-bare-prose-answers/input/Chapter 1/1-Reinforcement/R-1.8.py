# For a string s of length n and a negative index k (-n <= k < 0), which
#  index j >= 0 names the same character?

n + k
