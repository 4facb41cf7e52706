"""
C-1.26 Read integers a, b, c from the console and decide whether a+b=c, a=b-c
or a*b=c holds in that order.
"""
def check_arithmetic_formula(a, b, c):
    """Tells which simple equation, if any, the integers a, b, c satisfy."""
    if a + b == c:
        return f"{a} + {b} = {c}"
    elif a - b == c:
        return f"{a} - {b} = {c}"
    elif a * b == c:
        return f"{a} * {b} = {c}"
    elif b != 0 and a / b == c:
        return f"{a} / {b} = {c}"
    else:
        return "None of the equations hold."

# Read the three numbers
a, b, c = map(int, input("Type three integers (a b c): ").split())

# Report the result
print(check_arithmetic_formula(a, b, c))

