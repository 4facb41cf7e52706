def template(x, y, z):
    print(f"{x}時の{y}は{z}")

template(12, "気温", 22.4)
