"""“Out on the highway one day I glanced down at the odometer.
It has six digits and counts whole miles, so at
300,000 miles it would show 3-0-0-0-0-0.
“What caught my eye was that its final 4 digits
formed a palindrome, the same read either way, such as
5-4-4-5, giving a reading like 3-1-5-4-4-5.
“A mile on, the final 5 digits were a palindrome, as in
3-6-5-4-5-6. Another mile on, the 4 digits in the middle
made one. And a mile after that, all 6 of them did!

“So what did the odometer read when I first noticed it?”"""

def is_palindrome(num):
    return str(num) == str(num)[::-1]


def car_talk_8():
    for num in range(100000, 1000000):
        if is_palindrome(str(num)[2:6]):
            if is_palindrome(str(num + 1)[1:6]):
                if is_palindrome(str(num + 2)[1:5]):
                    if is_palindrome(str(num +3)):
                        print num
    return False

car_talk_8()