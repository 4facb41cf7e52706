# ------------------------------------------------------------------
#   File: Ferrill_Week_02_Exercise_4-3.4.1.py
#   Name: Teresa Ferrill
#   Date: 6/14/2020
# Course: DSC550-T302 Data Mining
#   Desc: Work out the S-curve
#  Usage: S-curve 1 - (1 - s**r)**b for the given row and band counts, s = 0.1, 0.2....0.9
#    Ref: Jure Leskovec, A. R. (2020). Minning of Massive Datasets. Cambridge: Cambridge University Press. 
# ------------------------------------------------------------------

# imports
import traceback
import matplotlib.pyplot as plt 

# set-up
# rows (r) and bands (b) from the exercise
r1 = 3
b1 = 10
r2 = 6
b2 = 20
r3 = 5
b3 = 50
# the s values
s_values = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]

def compute_s_curve(row, band):
    print('Row value: {}, Band value: {}'.format(row, band))
    s_curve = []
    for i in range(0, len(s_values)):
        s_curve.append(1-(1-s_values[i]**row)**band)
    return s_curve
    
def plot_s_curve(s_curve_list, row_name, band_name):
    # values along x 
    x = s_values 
    # values along y
    y = s_curve_list
    
    # draw the curve
    plt.plot(x,y)
    
    # label for x
    plt.xlabel('S - Values') 
    # label for y
    plt.ylabel('S - Curve')
    # chart title
    plt.title('S-Curve for rows = ' + row_name + ', bands = ' + band_name) 
    # display it 
    plt.show() 
    
# main function to obtain list of first 10 3-shingles in the sentence (left over from 3.2.1)
def main():
    # the work happens inside try
    try:
        # compute and draw the curve for each of the three (r, b) pairs
        plot_s_curve(compute_s_curve(r1, b1), str(r1), str(b1))
        plot_s_curve(compute_s_curve(r2, b2), str(r2), str(b2))
        plot_s_curve(compute_s_curve(r3, b3), str(r3), str(b3))
    # catch anything that goes wrong while running
    except Exception as exception:
        print('exception')
        # show where the error came from
        traceback.print_exc()
        # report the error type and its arguments
        print('An exception of type {0} occurred.  Arguments:\n{1!r}'.format(type(exception).__name__, exception.args));    

# run main
if __name__ == '__main__':
    main()