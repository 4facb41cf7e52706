# 리스트 ['Life', 'is', 'too', 'short'] 를 Life is too short 라는 문자열로 바꿔 출력하자.


words = ['Life', 'is', 'too', 'short']
sentence = " ".join(words)

print(sentence)
