# Print "I will never spam my friends again." one hundred numbered times
#  with eight random-looking typos.

import random

sample = random.sample(range(100), 8)
l = ["I will never spam my friends again." for _ in range(100)]

for i in sample:
    Num = random.randint(0, 34)
    Rep = random.randint(97, 122)
    if l[i][Num] != " " and l[i][Num] != ".":
        temp = list(l[i])
        temp[Num] = chr(Rep)
        l[i] = ''.join(temp)

for i in range(100):
    print(str(i + 1) + ". " +l[i])


# # The answer below was produced by DeepSeek
# def generate_typo(s):
#     """随机造一个拼写错误（换字母、删字母、加字母或交换相邻字母）"""
#     chars = list(s)
#     letter_indices = [i for i, c in enumerate(chars) if c.isalpha()]
#     if not letter_indices:
#         return s
#
#     index = random.choice(letter_indices)
#     original_char = chars[index]
#     typo_type = random.choice(['replace', 'delete', 'insert', 'swap'])
#
#     try:
#         if typo_type == 'replace':
#             new_char = random.choice('abcdefghijklmnopqrstuvwxyz')
#             if original_char.isupper():
#                 new_char = new_char.upper()
#             chars[index] = new_char
#
#         elif typo_type == 'delete':
#             del chars[index]
#
#         elif typo_type == 'insert':
#             new_char = random.choice('abcdefghijklmnopqrstuvwxyz')
#             if index > 0 and chars[index - 1].isupper():
#                 new_char = new_char.upper()
#             chars.insert(index, new_char)
#
#         elif typo_type == 'swap' and index < len(chars) - 1:
#             chars[index], chars[index + 1] = chars[index + 1], chars[index]
#
#     except IndexError:
#         pass
#
#     return ''.join(chars)
#
#
# # 造出 8 个互不相同的错句
# base_sentence = "I will never spam my friends again."
# unique_typos = set()
#
# while len(unique_typos) < 8:
#     modified = generate_typo(base_sentence)
#     if modified != base_sentence:
#         unique_typos.add(modified)
#
#     # 拼出最终的列表，再随机打乱
# sentences = [base_sentence] * 92 + list(unique_typos)
# random.shuffle(sentences)
#
# # 按编号打印
# for idx, text in enumerate(sentences, 1):
#     print(f"{idx}. {text}")
