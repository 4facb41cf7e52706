/*************************************************************************
    > File Name: 2_73.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月28日 星期三 13时49分51秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
using namespace std;

int saturating_add(int x, int y){
    //int sum = x+y;
    //int intmin = 1 << (sizeof(int) << 3);
    //!(x&intmin)&&!(y&intmin)&&(sum&intmin)&&(sum=intmin-1);
    //(x&intmin)&&(y&intmin)&&!(sum&intmin)&&(sum=intmin);
    //上面这种算cheat吧...说到底还是在做条件判断
    //return sum;
    
    int z = x+y;
    int sum = z;
    int w = sizeof(int) << 3;
    x >>= w-1;
    y >>= w-1;
    z >>= w-1;
    int base = (x^z)&(y^z);
    return (sum|base)-(1&~x&~y&z)-((unsigned)base>>1);
    //base是看了大佬的思路才写出来的，后面的式子是自己琢磨出来的，虽然和dalao的逻辑一样，但自闭半天后自己推出来还是超级超级开心...
}

int main(){
    printf("%x\n", saturating_add(0x40000000, 0x40000000));
    printf("%x", saturating_add(0x80000000, 0x80000000));
	return 0;
}

