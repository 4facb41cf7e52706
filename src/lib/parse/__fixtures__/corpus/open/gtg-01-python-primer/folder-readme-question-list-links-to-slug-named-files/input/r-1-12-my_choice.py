"""
R-1.12 Re-implement random.choice using nothing but random.randrange.
"""
import random

def my_choice(data):
    if not data:
        raise ValueError('Cant pick from an emtpy sequense')
    random_index = random.randrange(len(data))
    return data[random_index]

sample_list = [10, 20, 30, 40, 50]
print(my_choice(sample_list))
