/*************************************************************************
    > File Name: 2_97.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月29日 星期四 20时06分51秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
#include <cmath>
#include "float_bits.h"
using namespace std;

//趁室友睡觉的间隙挤出来写的
//总算做到最后一题了！
//再搞定一个lab就能开第三章了

float_bits float_i2f(int i){
    if(!i)
        return 0;
    int sign = i>>31;
    unsigned ui = i*(sign|1), tmp = ui, tt;
    int e = 0, ct = 16;
    while(ct){
        //插个小故事：刚写完时跑得特别慢，我猜时间主要耗在算位数上
        //于是写了个log32的算法，结果怎么也跑不出结果
        //定睛一看原来是自己写了个死循环噗...
        tt = tmp >> ct;
        if(tt){
            tmp = tt;
            e += ct;
        }
        ct >>= 1;
    }
    unsigned fsign = sign&1, exp = e+127, frac;
    if(e > 23){
        frac = ui>>e-23 & 0x7fffff;
        if(e > 23){
            unsigned thr = ((1<<e-23)-1) & ui;
            if(thr == 1<<e-24 && (frac&1) || thr > 1 << e-24){
                frac += 1;
                if(frac == 0x800000){
                    frac = 0;
                    exp++;
                }
            }
        }
    }else
        frac = ui<<23-e & 0x7fffff;
    return (fsign<<31) | (exp<<23) | frac;
}

int main(){
    unsigned cur = 0, cans;
    float cansf, cf;
    int d = 0;
    do{
        cans = float_i2f(cur);
        cansf = u2f(cans);
        cf = (float)((int)cur);
        if(cf != cansf){
            printf("warning... cur = %x; cans = %x; cansf = %f; cf = %f, getfb(cf) = %x\n", cur, cans, cansf, cf, getfb(cf));
            getchar();
        }
        cur++;
        if(cur % 0x10000000 == 0)
            printf("%d/16 done\n", ++d);
    }while(cur);
    printf("all done\n");
	return 0;
}

