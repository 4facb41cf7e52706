# Read a whitespace-separated list of words and report how often each word
#  occurs.

def count_times(data):
    dic = {}
    for word in data:
        if word not in dic:
            dic[word] = 1
        else:
            dic[word] += 1

    for word, times in dic.items():
        print(f"'{word}' occurs {times} times")
