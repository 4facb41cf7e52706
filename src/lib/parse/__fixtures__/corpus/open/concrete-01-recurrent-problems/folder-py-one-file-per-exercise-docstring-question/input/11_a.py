"""
    A doubled Tower of Hanoi holds 2n disks in n sizes, a pair of each
    size. The usual rules hold: move a single disk at a time and never put
    a bigger disk on top of a smaller one.
    
    a)  How many moves are needed to carry the double tower over to another
        peg, when the two disks of a size can’t be told apart?
"""


from collections import deque


def hanoi_show(height=1, start_plank=0, finnish_plank=1):
    if height < 1:
        return

    circles = []
    
    for i in range(1, height + 1):
        circles.append(i)
        circles.append(i)
    
    circles = deque(circles)
    planks = [circles, deque(), deque()]

    print(planks)
    arrangement(len(circles), planks, start_plank, finnish_plank)
    print(planks)

def arrangement(height: int, planks, start_plank=0, finish_plank=1):
    if height == 2:
        circle = planks[start_plank].popleft()
        planks[finish_plank].appendleft(circle)
        print(planks)

        circle = planks[start_plank].popleft()
        planks[finish_plank].appendleft(circle)
        return

    temp_plank = set([0, 1, 2]).difference(set([start_plank, finish_plank])).pop()

    # Shift the next pair of discs onto the spare plank
    arrangement(height-2, planks, start_plank=start_plank, finish_plank=temp_plank)
    print(planks)

    # Put the bottom disc on the target plank
    second_circle = planks[start_plank].popleft()
    planks[finish_plank].appendleft(second_circle)
    print(planks)

    second_circle = planks[start_plank].popleft()
    planks[finish_plank].appendleft(second_circle)
    print(planks)

    # Bring everything on the spare plank over to the target
    arrangement(height-2, planks, start_plank=temp_plank, finish_plank=finish_plank)


h = 3
hanoi_show(h)
