# C-1.26 Read integers a, b, c from the console and decide whether a+b=c,
# a=b-c or a*b=c holds in that order.


def canBeUsed() -> str:
    a = int(input("Type in your first char: "))
    b = int(input("Type in your first char: "))
    c = int(input("Type in your first char: "))

    result = []
    if a + b == c:
        result.append("a + b = c")
    if a == b - c:
        result.append("a = b - c")
    if a * b == c:
        result.append("a * b = c")
    if result:
        print("\n".join(result))
    else:
        print("None of the formulas hold!")


canBeUsed()
