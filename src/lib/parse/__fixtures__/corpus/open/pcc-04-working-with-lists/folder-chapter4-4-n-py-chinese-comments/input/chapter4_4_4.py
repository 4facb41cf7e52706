numbers = list(range(1, 1000001))
# 打印元素
for number in numbers:
    print(number)
