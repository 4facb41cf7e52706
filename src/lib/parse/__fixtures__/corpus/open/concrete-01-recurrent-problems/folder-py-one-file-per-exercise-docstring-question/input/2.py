"""
    Give the shortest run of moves that carries an n-disk tower from the
    left peg A to the right peg B when no disk may go straight between A
    and B. (Each move goes onto or off the middle peg, and, as always, no
    disk may ever sit above a smaller one.)
"""

def hanoi_restricted(height=1):
    """
        1: top height - 1 over to the end, then last one into the middle
        2: top height - 1 back to the start, then last one to the end
        3: top height - 1 over to the end once more.

        Example:
            heigh 1 => 2
            heigh 2 => 8
            height 3 = 26
    """
    if height < 1:
        return 0

    if height == 1:
        return 2

    return 3 * hanoi_restricted(height - 1) + 2

def hanoi_restricted_dynamic(height=1):
    if height < 0:
        return 0

    heights = [0, 2]

    for i in range(1, height + 1):
        moves = 2 + 3 * heights[i]
        heights.append(moves)

    return heights[height]

from collections import deque


def hanoi_restricted_show(discs=1, start_plank=0, finnish_plank=2):
    if discs < 1:
        return

    circles = []
    
    for i in range(1, discs + 1):
        circles.append(i)
    
    circles = deque(circles)
    planks = [circles, deque(), deque()]

    print(planks)
    arrangement(len(circles), planks, start_plank, finnish_plank)
    print(planks)

def arrangement(height: int, planks, start_plank=0, finish_plank=2):
    if height < 1:
        return

    if height == 1:
        temp_plank = 1
        circle = planks[start_plank].popleft()
        planks[temp_plank].appendleft(circle)
        print(planks)

        circle = planks[temp_plank].popleft()
        planks[finish_plank].appendleft(circle)
        return

    temp_plank = 1

    # Send the upper discs across to the far plank
    arrangement(height-1, planks, start_plank=start_plank, finish_plank=finish_plank)
    print(planks)

    # Bottom disc steps onto the middle plank
    second_circle = planks[start_plank].popleft()
    planks[temp_plank].appendleft(second_circle)
    print(planks)

    arrangement(height-1, planks, start_plank=finish_plank, finish_plank=start_plank)
    print(planks)

    second_circle = planks[temp_plank].popleft()
    planks[finish_plank].appendleft(second_circle)
    print(planks)

    # Finally carry the upper discs to the far plank again
    arrangement(height-1, planks, start_plank=start_plank, finish_plank=finish_plank)


h = 3
print(hanoi_restricted(h))
print(hanoi_restricted_dynamic(h))
hanoi_restricted_show(h)
