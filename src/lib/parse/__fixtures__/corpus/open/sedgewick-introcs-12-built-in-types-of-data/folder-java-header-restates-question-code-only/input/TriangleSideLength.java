/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.15 Read three positive integers from the command line and print
 *  false when any one of them is at least the sum of the other two, true
 *  otherwise. (This checks whether the three numbers could be the side
 *  lengths of a triangle.)
 *  Last modified:     October 10, 2019
 **************************************************************************** */

public class TriangleSideLength {
    public static void main(String[] args) {
        int a = Integer.parseInt(args[0]);
        int b = Integer.parseInt(args[1]);
        int c = Integer.parseInt(args[2]);

        boolean areSideLengths = ((a >= b + c) || (b >= a + c) ||
                (c >= a + b));

        System.out.println(!areSideLengths);
    }
}
