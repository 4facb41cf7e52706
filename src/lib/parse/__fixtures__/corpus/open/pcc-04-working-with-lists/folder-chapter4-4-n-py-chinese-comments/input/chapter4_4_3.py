for value in range(1, 21):
    print(value)