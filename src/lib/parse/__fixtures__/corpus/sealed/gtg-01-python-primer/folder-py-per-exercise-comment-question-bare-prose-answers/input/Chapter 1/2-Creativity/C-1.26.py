# Read integers a, b, c from the console and decide whether a+b=c, a=b-c or
#  a*b=c holds in that order.

# This answer was produced by DeepSeek
def check_arithmetic_formula():
    try:
        a = int(input("Enter integer a: "))
        b = int(input("Enter integer b: "))
        c = int(input("Enter integer c: "))
    except ValueError:
        print("Bad input, integers only please.")
        return

        # 逐一判断五种算式是否成立
    valid = (
            (a + b == c) or
            (a - b == c) or
            (a * b == c) or
            (a / b == c if b != 0 else False) or  # b 为零时跳过除法
            (b != 0 and a == c / b)  # 另一方向：a = c / b
    )

    print(f"A matching formula exists: {valid}")


# 运行上面的函数
check_arithmetic_formula()
