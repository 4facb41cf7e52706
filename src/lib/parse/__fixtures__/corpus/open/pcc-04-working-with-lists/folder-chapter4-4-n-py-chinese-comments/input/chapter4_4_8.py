# 创建列表
cubes = []
for value in range(1, 11):
    value = value ** 3
    cubes.append(value)

# 确认创建的列表
print(cubes)
for cube in cubes:
    print(cube)