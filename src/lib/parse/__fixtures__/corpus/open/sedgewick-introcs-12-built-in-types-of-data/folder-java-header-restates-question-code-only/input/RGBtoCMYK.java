/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.32 Color conversion. Colors can be stored in several formats. LCD
 *  screens, digital cameras and web pages mostly use RGB, which gives red (R),
 *  green (G) and blue (B) levels as integers from 0 to 255. Printing books
 *  and magazines mostly uses CMYK, which gives cyan (C), magenta M), yellow
 *  (Y) and black (K) as reals from 0.0 to 1.0. Write RGBtoCMYK to go from
 *  RGB to CMYK: read three integers—r, g and b—from the command line and
 *  print the matching CMYK values. When r, g and b are all 0, C, M and Y
 *  are 0 and K is 1; in every other case use
 *  w = max ( r / 255, g / 255, b / 255 )
 *  c = (w - (r / 255)) / w
 *  m = (w - ( g / 255)) / w
 *  y = (w - ( b / 255)) / w
 *  k = 1 - w
 *  Last modified:     October 15, 2019
 **************************************************************************** */

public class RGBtoCMYK {
    public static void main(String[] args) {
        int r = Integer.parseInt(args[0]);
        int g = Integer.parseInt(args[0]);
        int b = Integer.parseInt(args[0]);

        double w = Math.max((double) r / 255,
                            Math.max((double) g / 255, (double) b / 255));
        double c, m, y, k;
        if (r == 0 && g == 0 && b == 0 || w == 0) {
            c = 0;
            m = 0;
            y = 0;
            k = 1;
        }
        else {
            c = (w - (r / 255)) / w;
            m = (w - (g / 255)) / w;
            y = (w - (b / 255)) / w;
            k = 1 - w;
        }

        System.out.println("cyan    = " + c);
        System.out.println("magenta = " + m);
        System.out.println("yellow  = " + y);
        System.out.println("black   = " + k);


    }
}
