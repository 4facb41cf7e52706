"""
    Say Josephus is stuck at some fixed place j, yet he gets to pick the
    step q, so that each qth person is killed. Is there always a q that
    keeps him alive?
"""
