/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.2 Use Math.sin() and Math.cos() to check that
 *  cos2 (theta )+ sin2 (theta) comes out close to 1 for any  given
 *  on the command line. Only print the value. Why is it not always
 *  exactly 1?
 *  Last modified:     October 10, 2019
 **************************************************************************** */

public class UseSineAndCosine {
    public static void main(String[] args) {
        double theta = Double.parseDouble(args[0]);
        double value = ((Math.cos(theta) * Math.cos(theta)) +
                (Math.sin(theta) * Math.sin(theta)));
        System.out.println(value);
    }
}
