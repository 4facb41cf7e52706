"""
Estimate pi by adding up terms of the series
4/1 - 4/3 + 4/5 - 4/7 + 4/9 - 4/11 +. . . Ask the user
for n, how many terms to use, and print the
total of those first n terms. Then subtract that
estimate from math.pi to show how close it gets
"""

import math

number_of_terms = int(input("Enter a number of terms desired: "))
number_for_even = math.ceil(number_of_terms/2)
number_for_odd = number_of_terms-number_for_even
sum_even=0
sum_odd=0
even_denominator=1
odd_denominator=3


for i in range(number_for_even):
    sum_even = sum_even + 4/even_denominator
    even_denominator = even_denominator + 4

for j in range(number_for_odd):
    sum_odd = sum_odd + 4/odd_denominator
    odd_denominator = odd_denominator + 4

final = sum_even - sum_odd
print("The sum of terms is", final)
print("Difference with Pi is:", math.pi - final)

"""
The book had'nt reached if statements yet, so I added up two separate loops 
and subtracted one total from the other, rather than flipping between adding and subtracting
according to whether the loop index is even or odd
"""


