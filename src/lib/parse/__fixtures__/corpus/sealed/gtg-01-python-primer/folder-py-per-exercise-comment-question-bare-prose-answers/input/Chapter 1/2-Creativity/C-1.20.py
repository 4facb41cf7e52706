# Re-implement random.shuffle using nothing but random.randint.

def custom_shuffle(data):
    l = len(data)
    for i in range(l):
        tmp = randint(0, l - 1)
        data[i], data[tmp] = data[tmp], data[i]
    return data
