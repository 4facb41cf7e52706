# 创建列表
numbers = list(range(1, 1000001))
print(numbers)

# 核实开始和结尾
print(min(numbers))
print(max(numbers))
print(sum(numbers))