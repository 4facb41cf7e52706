def cipher(src):
    out = ""
    for ch in src:
        code = ord(ch)
        if 97 <= code <= 122:
            code = 219 - code
        out += chr(code)
    return out

print(cipher("Good night!"))
print(cipher("Gllw mrtsg!"))
