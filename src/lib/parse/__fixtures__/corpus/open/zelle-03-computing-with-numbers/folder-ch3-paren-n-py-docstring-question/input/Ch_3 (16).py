"""
In a Fibonacci sequence every number after the first two is the sum of the
two just before it. The usual sequence
starts: 1, 1, 2, 3, 5, 8, 13, . . .. Compute the nth
Fibonacci number for an n the user enters. So with
n = 6 the answer is 8
"""

a = 0
b = 0
c = 1

n = int(input("Number of terms of your Fibonnaci sequence?: "))

for i in range(n-1):
    a=b
    b=c
    c=a+b

print("The", n, "th Finbonacci number is", c)
