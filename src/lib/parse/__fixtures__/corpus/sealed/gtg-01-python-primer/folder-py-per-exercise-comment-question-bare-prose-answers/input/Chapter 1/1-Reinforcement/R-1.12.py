# Re-implement random.choice using nothing but random.randrange.

def choice(data):
    return data[randrange(len(data))]
