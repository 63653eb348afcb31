; ModuleID = 'xor.nn'
source_filename = "xor.nn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.nnrt_tensor = type { ptr, i32, [2 x i32], i64, i8, i8, i32, i32, i32 }
%struct.nnrt_model_desc = type { ptr, i64, i64, i64, i64, ptr, i64, i64, i32, i32, double, i32, i64, ptr, ptr, ptr, ptr }

@.str = private unnamed_addr constant [4 x i8] c"xor\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"train.step\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"train.h.weight.exp_avg\00", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"train.h.weight.exp_avg_sq\00", align 1
@.str.8 = private unnamed_addr constant [21 x i8] c"train.h.bias.exp_avg\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"train.h.bias.exp_avg_sq\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"train.y.weight.exp_avg\00", align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"train.y.weight.exp_avg_sq\00", align 1
@.str.12 = private unnamed_addr constant [21 x i8] c"train.y.bias.exp_avg\00", align 1
@.str.13 = private unnamed_addr constant [24 x i8] c"train.y.bias.exp_avg_sq\00", align 1
@.str.14 = private unnamed_addr constant [9 x i8] c"h.weight\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"h.bias\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"y.weight\00", align 1
@.str.17 = private unnamed_addr constant [7 x i8] c"y.bias\00", align 1
@xor_tensors = internal constant [17 x %struct.nnrt_tensor] [%struct.nnrt_tensor { ptr @.str.14, i32 2, [2 x i32] [i32 8, i32 2], i64 0, i8 0, i8 2, i32 2, i32 8, i32 13 }, %struct.nnrt_tensor { ptr @.str.15, i32 1, [2 x i32] [i32 8, i32 0], i64 16, i8 0, i8 0, i32 2, i32 8, i32 14 }, %struct.nnrt_tensor { ptr @.str.16, i32 2, [2 x i32] [i32 1, i32 8], i64 32, i8 0, i8 2, i32 8, i32 1, i32 15 }, %struct.nnrt_tensor { ptr @.str.17, i32 1, [2 x i32] [i32 1, i32 0], i64 48, i8 0, i8 0, i32 8, i32 1, i32 16 }, %struct.nnrt_tensor { ptr @.str.5, i32 0, [2 x i32] zeroinitializer, i64 64, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.6, i32 2, [2 x i32] [i32 8, i32 2], i64 80, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.7, i32 2, [2 x i32] [i32 8, i32 2], i64 96, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.8, i32 1, [2 x i32] [i32 8, i32 0], i64 112, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.9, i32 1, [2 x i32] [i32 8, i32 0], i64 128, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.10, i32 2, [2 x i32] [i32 1, i32 8], i64 144, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.11, i32 2, [2 x i32] [i32 1, i32 8], i64 160, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.12, i32 1, [2 x i32] [i32 1, i32 0], i64 176, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.13, i32 1, [2 x i32] [i32 1, i32 0], i64 192, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.14, i32 2, [2 x i32] [i32 8, i32 2], i64 208, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.15, i32 1, [2 x i32] [i32 8, i32 0], i64 224, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.16, i32 2, [2 x i32] [i32 1, i32 8], i64 240, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.17, i32 1, [2 x i32] [i32 1, i32 0], i64 256, i8 2, i8 0, i32 0, i32 0, i32 -1 }]
@xor_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 2, i64 1, i64 4, i64 400, ptr @xor_tensors, i64 17, i64 33, i32 3, i32 500, double 0.000000e+00, i32 0, i64 1, ptr null, ptr @xor_forward, ptr @xor_train_step, ptr @xor_eval_batch }

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal void @xor_forward(ptr align 64 %ws, ptr nocapture readonly %x, ptr nocapture writeonly %y, i64 %n) #0 {
entry:
  %ws374 = ptrtoint ptr %ws to i64
  %y373 = ptrtoint ptr %y to i64
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  %.not292 = icmp eq i64 %0, %n
  br label %i0.cond.preheader

i0.cond.preheader:                                ; preds = %entry, %i.end
  %1 = phi i1 [ true, %entry ], [ false, %i.end ]
  %j0.0281 = phi i64 [ 0, %entry ], [ 4, %i.end ]
  br i1 %.not, label %i.cond.preheader, label %k.cond.preheader.lr.ph

k.cond.preheader.lr.ph:                           ; preds = %i0.cond.preheader
  %2 = shl nuw nsw i64 %j0.0281, 1
  %3 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0281
  %4 = or disjoint i64 %j0.0281, 1
  %5 = getelementptr inbounds float, ptr %h_bias, i64 %4
  %6 = or disjoint i64 %j0.0281, 2
  %7 = getelementptr inbounds float, ptr %h_bias, i64 %6
  %8 = or disjoint i64 %j0.0281, 3
  %9 = getelementptr inbounds float, ptr %h_bias, i64 %8
  br label %k.cond.preheader

i0.cond18.preheader:                              ; preds = %i.end
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1216
  br i1 %.not, label %i.cond38.preheader, label %k.cond28.preheader

i.cond.preheader:                                 ; preds = %k.end, %i0.cond.preheader
  br i1 %.not292, label %i.end, label %k.cond10.preheader.lr.ph

k.cond10.preheader.lr.ph:                         ; preds = %i.cond.preheader
  %10 = shl nuw nsw i64 %j0.0281, 1
  %11 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0281
  %12 = or disjoint i64 %j0.0281, 1
  %13 = getelementptr inbounds float, ptr %h_bias, i64 %12
  %14 = or disjoint i64 %j0.0281, 2
  %15 = getelementptr inbounds float, ptr %h_bias, i64 %14
  %16 = or disjoint i64 %j0.0281, 3
  %17 = getelementptr inbounds float, ptr %h_bias, i64 %16
  br label %k.cond10.preheader

k.cond.preheader:                                 ; preds = %k.cond.preheader.lr.ph, %k.end
  %i0.0274 = phi i64 [ 0, %k.cond.preheader.lr.ph ], [ %144, %k.end ]
  %18 = shl nuw nsw i64 %i0.0274, 1
  br label %k.body

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %s0_0.0273 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %35, %k.body ]
  %s0_1.0272 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %42, %k.body ]
  %s0_2.0271 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %49, %k.body ]
  %s0_3.0270 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %56, %k.body ]
  %s1_0.0269 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %36, %k.body ]
  %s1_1.0268 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %43, %k.body ]
  %s1_2.0267 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %50, %k.body ]
  %s1_3.0266 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %57, %k.body ]
  %19 = phi i1 [ true, %k.cond.preheader ], [ false, %k.body ]
  %k.0265 = phi i64 [ 0, %k.cond.preheader ], [ 1, %k.body ]
  %s3_3.0264 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %59, %k.body ]
  %s3_2.0263 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %52, %k.body ]
  %s3_1.0262 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %45, %k.body ]
  %s3_0.0261 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %38, %k.body ]
  %s2_3.0260 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %58, %k.body ]
  %s2_2.0259 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %51, %k.body ]
  %s2_1.0258 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %44, %k.body ]
  %s2_0.0257 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %37, %k.body ]
  %20 = or disjoint i64 %k.0265, %18
  %21 = getelementptr inbounds float, ptr %x, i64 %20
  %22 = load float, ptr %21, align 4
  %23 = or disjoint i64 %20, 2
  %24 = getelementptr inbounds float, ptr %x, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = or disjoint i64 %20, 4
  %27 = getelementptr inbounds float, ptr %x, i64 %26
  %28 = load float, ptr %27, align 4
  %29 = or disjoint i64 %20, 6
  %30 = getelementptr inbounds float, ptr %x, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = or disjoint i64 %k.0265, %2
  %33 = getelementptr inbounds float, ptr %ws, i64 %32
  %34 = load float, ptr %33, align 4
  %35 = tail call float @llvm.fmuladd.f32(float %22, float %34, float %s0_0.0273)
  %36 = tail call float @llvm.fmuladd.f32(float %25, float %34, float %s1_0.0269)
  %37 = tail call float @llvm.fmuladd.f32(float %28, float %34, float %s2_0.0257)
  %38 = tail call float @llvm.fmuladd.f32(float %31, float %34, float %s3_0.0261)
  %39 = or disjoint i64 %32, 2
  %40 = getelementptr inbounds float, ptr %ws, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = tail call float @llvm.fmuladd.f32(float %22, float %41, float %s0_1.0272)
  %43 = tail call float @llvm.fmuladd.f32(float %25, float %41, float %s1_1.0268)
  %44 = tail call float @llvm.fmuladd.f32(float %28, float %41, float %s2_1.0258)
  %45 = tail call float @llvm.fmuladd.f32(float %31, float %41, float %s3_1.0262)
  %46 = or disjoint i64 %32, 4
  %47 = getelementptr inbounds float, ptr %ws, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = tail call float @llvm.fmuladd.f32(float %22, float %48, float %s0_2.0271)
  %50 = tail call float @llvm.fmuladd.f32(float %25, float %48, float %s1_2.0267)
  %51 = tail call float @llvm.fmuladd.f32(float %28, float %48, float %s2_2.0259)
  %52 = tail call float @llvm.fmuladd.f32(float %31, float %48, float %s3_2.0263)
  %53 = or disjoint i64 %32, 6
  %54 = getelementptr inbounds float, ptr %ws, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = tail call float @llvm.fmuladd.f32(float %22, float %55, float %s0_3.0270)
  %57 = tail call float @llvm.fmuladd.f32(float %25, float %55, float %s1_3.0266)
  %58 = tail call float @llvm.fmuladd.f32(float %28, float %55, float %s2_3.0260)
  %59 = tail call float @llvm.fmuladd.f32(float %31, float %55, float %s3_3.0264)
  br i1 %19, label %k.body, label %k.end

k.end:                                            ; preds = %k.body
  %60 = shl nuw nsw i64 %i0.0274, 3
  %61 = or disjoint i64 %60, %j0.0281
  %62 = getelementptr inbounds float, ptr %h, i64 %61
  %63 = load float, ptr %3, align 16
  %64 = fadd float %35, %63
  %65 = tail call float @tanhf(float %64)
  store float %65, ptr %62, align 16
  %66 = or disjoint i64 %60, %4
  %67 = getelementptr inbounds float, ptr %h, i64 %66
  %68 = load float, ptr %5, align 4
  %69 = fadd float %42, %68
  %70 = tail call float @tanhf(float %69)
  store float %70, ptr %67, align 4
  %71 = or disjoint i64 %60, %6
  %72 = getelementptr inbounds float, ptr %h, i64 %71
  %73 = load float, ptr %7, align 8
  %74 = fadd float %49, %73
  %75 = tail call float @tanhf(float %74)
  store float %75, ptr %72, align 8
  %76 = or disjoint i64 %60, %8
  %77 = getelementptr inbounds float, ptr %h, i64 %76
  %78 = load float, ptr %9, align 4
  %79 = fadd float %56, %78
  %80 = tail call float @tanhf(float %79)
  store float %80, ptr %77, align 4
  %81 = or disjoint i64 %60, 8
  %82 = or disjoint i64 %81, %j0.0281
  %83 = getelementptr inbounds float, ptr %h, i64 %82
  %84 = load float, ptr %3, align 16
  %85 = fadd float %36, %84
  %86 = tail call float @tanhf(float %85)
  store float %86, ptr %83, align 16
  %87 = or disjoint i64 %81, %4
  %88 = getelementptr inbounds float, ptr %h, i64 %87
  %89 = load float, ptr %5, align 4
  %90 = fadd float %43, %89
  %91 = tail call float @tanhf(float %90)
  store float %91, ptr %88, align 4
  %92 = or disjoint i64 %81, %6
  %93 = getelementptr inbounds float, ptr %h, i64 %92
  %94 = load float, ptr %7, align 8
  %95 = fadd float %50, %94
  %96 = tail call float @tanhf(float %95)
  store float %96, ptr %93, align 8
  %97 = or disjoint i64 %81, %8
  %98 = getelementptr inbounds float, ptr %h, i64 %97
  %99 = load float, ptr %9, align 4
  %100 = fadd float %57, %99
  %101 = tail call float @tanhf(float %100)
  store float %101, ptr %98, align 4
  %102 = or disjoint i64 %60, 16
  %103 = or disjoint i64 %102, %j0.0281
  %104 = getelementptr inbounds float, ptr %h, i64 %103
  %105 = load float, ptr %3, align 16
  %106 = fadd float %37, %105
  %107 = tail call float @tanhf(float %106)
  store float %107, ptr %104, align 16
  %108 = or disjoint i64 %102, %4
  %109 = getelementptr inbounds float, ptr %h, i64 %108
  %110 = load float, ptr %5, align 4
  %111 = fadd float %44, %110
  %112 = tail call float @tanhf(float %111)
  store float %112, ptr %109, align 4
  %113 = or disjoint i64 %102, %6
  %114 = getelementptr inbounds float, ptr %h, i64 %113
  %115 = load float, ptr %7, align 8
  %116 = fadd float %51, %115
  %117 = tail call float @tanhf(float %116)
  store float %117, ptr %114, align 8
  %118 = or disjoint i64 %102, %8
  %119 = getelementptr inbounds float, ptr %h, i64 %118
  %120 = load float, ptr %9, align 4
  %121 = fadd float %58, %120
  %122 = tail call float @tanhf(float %121)
  store float %122, ptr %119, align 4
  %123 = or disjoint i64 %60, 24
  %124 = or disjoint i64 %123, %j0.0281
  %125 = getelementptr inbounds float, ptr %h, i64 %124
  %126 = load float, ptr %3, align 16
  %127 = fadd float %38, %126
  %128 = tail call float @tanhf(float %127)
  store float %128, ptr %125, align 16
  %129 = or disjoint i64 %123, %4
  %130 = getelementptr inbounds float, ptr %h, i64 %129
  %131 = load float, ptr %5, align 4
  %132 = fadd float %45, %131
  %133 = tail call float @tanhf(float %132)
  store float %133, ptr %130, align 4
  %134 = or disjoint i64 %123, %6
  %135 = getelementptr inbounds float, ptr %h, i64 %134
  %136 = load float, ptr %7, align 8
  %137 = fadd float %52, %136
  %138 = tail call float @tanhf(float %137)
  store float %138, ptr %135, align 8
  %139 = or disjoint i64 %123, %8
  %140 = getelementptr inbounds float, ptr %h, i64 %139
  %141 = load float, ptr %9, align 4
  %142 = fadd float %59, %141
  %143 = tail call float @tanhf(float %142)
  store float %143, ptr %140, align 4
  %144 = add nuw nsw i64 %i0.0274, 4
  %145 = icmp ult i64 %144, %0
  br i1 %145, label %k.cond.preheader, label %i.cond.preheader

k.cond10.preheader:                               ; preds = %k.cond10.preheader.lr.ph, %k.end13
  %i.0280 = phi i64 [ %0, %k.cond10.preheader.lr.ph ], [ %184, %k.end13 ]
  %.idx = shl nsw i64 %i.0280, 3
  %invariant.gep = getelementptr i8, ptr %x, i64 %.idx
  br label %k.body11

i.end:                                            ; preds = %k.end13, %i.cond.preheader
  br i1 %1, label %i0.cond.preheader, label %i0.cond18.preheader

k.body11:                                         ; preds = %k.cond10.preheader, %k.body11
  %146 = phi i1 [ true, %k.cond10.preheader ], [ false, %k.body11 ]
  %k9.0279 = phi i64 [ 0, %k.cond10.preheader ], [ 1, %k.body11 ]
  %s0_38.0278 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %163, %k.body11 ]
  %s0_27.0277 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %159, %k.body11 ]
  %s0_16.0276 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %155, %k.body11 ]
  %s0_05.0275 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %151, %k.body11 ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %k9.0279
  %147 = load float, ptr %gep, align 4
  %148 = or disjoint i64 %k9.0279, %10
  %149 = getelementptr inbounds float, ptr %ws, i64 %148
  %150 = load float, ptr %149, align 4
  %151 = tail call float @llvm.fmuladd.f32(float %147, float %150, float %s0_05.0275)
  %152 = or disjoint i64 %148, 2
  %153 = getelementptr inbounds float, ptr %ws, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = tail call float @llvm.fmuladd.f32(float %147, float %154, float %s0_16.0276)
  %156 = or disjoint i64 %148, 4
  %157 = getelementptr inbounds float, ptr %ws, i64 %156
  %158 = load float, ptr %157, align 4
  %159 = tail call float @llvm.fmuladd.f32(float %147, float %158, float %s0_27.0277)
  %160 = or disjoint i64 %148, 6
  %161 = getelementptr inbounds float, ptr %ws, i64 %160
  %162 = load float, ptr %161, align 4
  %163 = tail call float @llvm.fmuladd.f32(float %147, float %162, float %s0_38.0278)
  br i1 %146, label %k.body11, label %k.end13

k.end13:                                          ; preds = %k.body11
  %164 = or disjoint i64 %.idx, %j0.0281
  %165 = getelementptr inbounds float, ptr %h, i64 %164
  %166 = load float, ptr %11, align 16
  %167 = fadd float %151, %166
  %168 = tail call float @tanhf(float %167)
  store float %168, ptr %165, align 16
  %169 = or disjoint i64 %.idx, %12
  %170 = getelementptr inbounds float, ptr %h, i64 %169
  %171 = load float, ptr %13, align 4
  %172 = fadd float %155, %171
  %173 = tail call float @tanhf(float %172)
  store float %173, ptr %170, align 4
  %174 = or disjoint i64 %.idx, %14
  %175 = getelementptr inbounds float, ptr %h, i64 %174
  %176 = load float, ptr %15, align 8
  %177 = fadd float %159, %176
  %178 = tail call float @tanhf(float %177)
  store float %178, ptr %175, align 8
  %179 = or disjoint i64 %.idx, %16
  %180 = getelementptr inbounds float, ptr %h, i64 %179
  %181 = load float, ptr %17, align 4
  %182 = fadd float %163, %181
  %183 = tail call float @tanhf(float %182)
  store float %183, ptr %180, align 4
  %184 = add nuw nsw i64 %i.0280, 1
  %185 = icmp ult i64 %184, %n
  br i1 %185, label %k.cond10.preheader, label %i.end

k.cond28.preheader:                               ; preds = %i0.cond18.preheader, %k.end31
  %i017.0287 = phi i64 [ %220, %k.end31 ], [ 0, %i0.cond18.preheader ]
  %186 = shl nuw nsw i64 %i017.0287, 3
  br label %k.body29

i.cond38.preheader:                               ; preds = %k.end31, %i0.cond18.preheader
  br i1 %.not292, label %i.cond52.preheader, label %k.cond45.preheader

k.body29:                                         ; preds = %k.cond28.preheader, %k.body29
  %k27.0286 = phi i64 [ 0, %k.cond28.preheader ], [ %205, %k.body29 ]
  %s3_026.0285 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %204, %k.body29 ]
  %s2_025.0284 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %203, %k.body29 ]
  %s1_024.0283 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %202, %k.body29 ]
  %s0_023.0282 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %201, %k.body29 ]
  %187 = add nuw nsw i64 %k27.0286, %186
  %188 = getelementptr inbounds float, ptr %h, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = or disjoint i64 %187, 8
  %191 = getelementptr inbounds float, ptr %h, i64 %190
  %192 = load float, ptr %191, align 4
  %193 = or disjoint i64 %187, 16
  %194 = getelementptr inbounds float, ptr %h, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = or disjoint i64 %187, 24
  %197 = getelementptr inbounds float, ptr %h, i64 %196
  %198 = load float, ptr %197, align 4
  %199 = getelementptr inbounds float, ptr %y_weight, i64 %k27.0286
  %200 = load float, ptr %199, align 4
  %201 = tail call float @llvm.fmuladd.f32(float %189, float %200, float %s0_023.0282)
  %202 = tail call float @llvm.fmuladd.f32(float %192, float %200, float %s1_024.0283)
  %203 = tail call float @llvm.fmuladd.f32(float %195, float %200, float %s2_025.0284)
  %204 = tail call float @llvm.fmuladd.f32(float %198, float %200, float %s3_026.0285)
  %205 = add nuw nsw i64 %k27.0286, 1
  %exitcond.not = icmp eq i64 %205, 8
  br i1 %exitcond.not, label %k.end31, label %k.body29

k.end31:                                          ; preds = %k.body29
  %206 = getelementptr inbounds float, ptr %y_pre, i64 %i017.0287
  %207 = load float, ptr %y_bias, align 64
  %208 = fadd float %201, %207
  store float %208, ptr %206, align 16
  %209 = or disjoint i64 %i017.0287, 1
  %210 = getelementptr inbounds float, ptr %y_pre, i64 %209
  %211 = fadd float %202, %207
  store float %211, ptr %210, align 4
  %212 = or disjoint i64 %i017.0287, 2
  %213 = getelementptr inbounds float, ptr %y_pre, i64 %212
  %214 = load float, ptr %y_bias, align 64
  %215 = fadd float %203, %214
  store float %215, ptr %213, align 8
  %216 = or disjoint i64 %i017.0287, 3
  %217 = getelementptr inbounds float, ptr %y_pre, i64 %216
  %218 = load float, ptr %y_bias, align 64
  %219 = fadd float %204, %218
  store float %219, ptr %217, align 4
  %220 = add nuw nsw i64 %i017.0287, 4
  %221 = icmp ult i64 %220, %0
  br i1 %221, label %k.cond28.preheader, label %i.cond38.preheader

k.cond45.preheader:                               ; preds = %i.cond38.preheader, %k.end48
  %i37.0290 = phi i64 [ %239, %k.end48 ], [ %0, %i.cond38.preheader ]
  %.idx295 = shl nsw i64 %i37.0290, 5
  %invariant.gep347 = getelementptr i8, ptr %h, i64 %.idx295
  br label %k.body46

i.cond52.preheader:                               ; preds = %k.end48, %i.cond38.preheader
  %.not296 = icmp eq i64 %n, 0
  br i1 %.not296, label %i.end55, label %i.body53.preheader

i.body53.preheader:                               ; preds = %i.cond52.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body53.preheader375, label %vector.memcheck

i.body53.preheader375:                            ; preds = %middle.block, %vector.memcheck, %i.body53.preheader
  %i51.0291.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body53.preheader ], [ %n.vec, %middle.block ]
  br label %i.body53

vector.memcheck:                                  ; preds = %i.body53.preheader
  %222 = add i64 %y373, -1216
  %223 = sub i64 %222, %ws374
  %diff.check = icmp ult i64 %223, 32
  br i1 %diff.check, label %i.body53.preheader375, label %vector.ph

vector.ph:                                        ; preds = %vector.memcheck
  %n.vec = and i64 %n, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %224 = getelementptr inbounds float, ptr %y, i64 %index
  %225 = getelementptr inbounds float, ptr %y_pre, i64 %index
  %wide.load = load <8 x float>, ptr %225, align 32
  %226 = fneg <8 x float> %wide.load
  %227 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %226)
  %228 = fadd <8 x float> %227, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %229 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %228
  store <8 x float> %229, ptr %224, align 4
  %index.next = add nuw i64 %index, 8
  %230 = icmp eq i64 %index.next, %n.vec
  br i1 %230, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.end55, label %i.body53.preheader375

k.body46:                                         ; preds = %k.cond45.preheader, %k.body46
  %k44.0289 = phi i64 [ 0, %k.cond45.preheader ], [ %235, %k.body46 ]
  %s0_043.0288 = phi float [ 0.000000e+00, %k.cond45.preheader ], [ %234, %k.body46 ]
  %gep348 = getelementptr float, ptr %invariant.gep347, i64 %k44.0289
  %231 = load float, ptr %gep348, align 4
  %232 = getelementptr inbounds float, ptr %y_weight, i64 %k44.0289
  %233 = load float, ptr %232, align 4
  %234 = tail call float @llvm.fmuladd.f32(float %231, float %233, float %s0_043.0288)
  %235 = add nuw nsw i64 %k44.0289, 1
  %exitcond321.not = icmp eq i64 %235, 8
  br i1 %exitcond321.not, label %k.end48, label %k.body46

k.end48:                                          ; preds = %k.body46
  %236 = getelementptr inbounds float, ptr %y_pre, i64 %i37.0290
  %237 = load float, ptr %y_bias, align 64
  %238 = fadd float %234, %237
  store float %238, ptr %236, align 4
  %239 = add nuw nsw i64 %i37.0290, 1
  %240 = icmp ult i64 %239, %n
  br i1 %240, label %k.cond45.preheader, label %i.cond52.preheader

i.body53:                                         ; preds = %i.body53.preheader375, %i.body53
  %i51.0291 = phi i64 [ %248, %i.body53 ], [ %i51.0291.ph, %i.body53.preheader375 ]
  %241 = getelementptr inbounds float, ptr %y, i64 %i51.0291
  %242 = getelementptr inbounds float, ptr %y_pre, i64 %i51.0291
  %243 = load float, ptr %242, align 4
  %244 = fneg float %243
  %245 = tail call float @llvm.exp.f32(float %244)
  %246 = fadd float %245, 1.000000e+00
  %247 = fdiv float 1.000000e+00, %246
  store float %247, ptr %241, align 4
  %248 = add nuw nsw i64 %i51.0291, 1
  %exitcond322.not = icmp eq i64 %248, %n
  br i1 %exitcond322.not, label %i.end55, label %i.body53, !llvm.loop !3

i.end55:                                          ; preds = %i.body53, %middle.block, %i.cond52.preheader
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @tanhf(float) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_train_step(ptr align 64 %ws, ptr nocapture readnone %rng, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #0 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %train_h_weight_exp_avg = getelementptr inbounds i8, ptr %ws, i64 320
  %d_h_weight = getelementptr inbounds i8, ptr %ws, i64 832
  %d_y_weight = getelementptr i8, ptr %ws, i64 960
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y_pre = getelementptr i8, ptr %ws, i64 1216
  %y = getelementptr inbounds i8, ptr %ws, i64 1472
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  %.not566 = icmp eq i64 %0, %n
  br label %i0.cond.preheader

i0.cond.preheader:                                ; preds = %entry, %i.end
  %1 = phi i1 [ true, %entry ], [ false, %i.end ]
  %j0.0527 = phi i64 [ 0, %entry ], [ 4, %i.end ]
  br i1 %.not, label %i.cond.preheader, label %k.cond.preheader.lr.ph

k.cond.preheader.lr.ph:                           ; preds = %i0.cond.preheader
  %2 = shl nuw nsw i64 %j0.0527, 1
  %3 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0527
  %4 = or disjoint i64 %j0.0527, 1
  %5 = getelementptr inbounds float, ptr %h_bias, i64 %4
  %6 = or disjoint i64 %j0.0527, 2
  %7 = getelementptr inbounds float, ptr %h_bias, i64 %6
  %8 = or disjoint i64 %j0.0527, 3
  %9 = getelementptr inbounds float, ptr %h_bias, i64 %8
  br label %k.cond.preheader

i0.cond18.preheader:                              ; preds = %i.end
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %train_step = getelementptr inbounds i8, ptr %ws, i64 256
  %train_h_weight_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 384
  %d_h_bias = getelementptr inbounds i8, ptr %ws, i64 896
  %d_y_bias = getelementptr inbounds i8, ptr %ws, i64 1024
  %d_y_pre = getelementptr inbounds i8, ptr %ws, i64 1344
  %loss = getelementptr inbounds i8, ptr %ws, i64 1536
  br i1 %.not, label %i.cond38.preheader, label %k.cond28.preheader

i.cond.preheader:                                 ; preds = %k.end, %i0.cond.preheader
  br i1 %.not566, label %i.end, label %k.cond10.preheader.lr.ph

k.cond10.preheader.lr.ph:                         ; preds = %i.cond.preheader
  %10 = shl nuw nsw i64 %j0.0527, 1
  %11 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0527
  %12 = or disjoint i64 %j0.0527, 1
  %13 = getelementptr inbounds float, ptr %h_bias, i64 %12
  %14 = or disjoint i64 %j0.0527, 2
  %15 = getelementptr inbounds float, ptr %h_bias, i64 %14
  %16 = or disjoint i64 %j0.0527, 3
  %17 = getelementptr inbounds float, ptr %h_bias, i64 %16
  br label %k.cond10.preheader

k.cond.preheader:                                 ; preds = %k.cond.preheader.lr.ph, %k.end
  %i0.0520 = phi i64 [ 0, %k.cond.preheader.lr.ph ], [ %144, %k.end ]
  %18 = shl nuw nsw i64 %i0.0520, 1
  br label %k.body

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %s0_0.0519 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %35, %k.body ]
  %s0_1.0518 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %42, %k.body ]
  %s0_2.0517 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %49, %k.body ]
  %s0_3.0516 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %56, %k.body ]
  %s1_0.0515 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %36, %k.body ]
  %s1_1.0514 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %43, %k.body ]
  %s1_2.0513 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %50, %k.body ]
  %s1_3.0512 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %57, %k.body ]
  %s2_0.0511 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %37, %k.body ]
  %s2_1.0510 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %44, %k.body ]
  %s2_2.0509 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %51, %k.body ]
  %s2_3.0508 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %58, %k.body ]
  %s3_0.0507 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %38, %k.body ]
  %s3_1.0506 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %45, %k.body ]
  %s3_2.0505 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %52, %k.body ]
  %s3_3.0504 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %59, %k.body ]
  %19 = phi i1 [ true, %k.cond.preheader ], [ false, %k.body ]
  %k.0503 = phi i64 [ 0, %k.cond.preheader ], [ 1, %k.body ]
  %20 = or disjoint i64 %k.0503, %18
  %21 = getelementptr inbounds float, ptr %x, i64 %20
  %22 = load float, ptr %21, align 4
  %23 = or disjoint i64 %20, 2
  %24 = getelementptr inbounds float, ptr %x, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = or disjoint i64 %20, 4
  %27 = getelementptr inbounds float, ptr %x, i64 %26
  %28 = load float, ptr %27, align 4
  %29 = or disjoint i64 %20, 6
  %30 = getelementptr inbounds float, ptr %x, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = or disjoint i64 %k.0503, %2
  %33 = getelementptr inbounds float, ptr %ws, i64 %32
  %34 = load float, ptr %33, align 4
  %35 = tail call float @llvm.fmuladd.f32(float %22, float %34, float %s0_0.0519)
  %36 = tail call float @llvm.fmuladd.f32(float %25, float %34, float %s1_0.0515)
  %37 = tail call float @llvm.fmuladd.f32(float %28, float %34, float %s2_0.0511)
  %38 = tail call float @llvm.fmuladd.f32(float %31, float %34, float %s3_0.0507)
  %39 = or disjoint i64 %32, 2
  %40 = getelementptr inbounds float, ptr %ws, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = tail call float @llvm.fmuladd.f32(float %22, float %41, float %s0_1.0518)
  %43 = tail call float @llvm.fmuladd.f32(float %25, float %41, float %s1_1.0514)
  %44 = tail call float @llvm.fmuladd.f32(float %28, float %41, float %s2_1.0510)
  %45 = tail call float @llvm.fmuladd.f32(float %31, float %41, float %s3_1.0506)
  %46 = or disjoint i64 %32, 4
  %47 = getelementptr inbounds float, ptr %ws, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = tail call float @llvm.fmuladd.f32(float %22, float %48, float %s0_2.0517)
  %50 = tail call float @llvm.fmuladd.f32(float %25, float %48, float %s1_2.0513)
  %51 = tail call float @llvm.fmuladd.f32(float %28, float %48, float %s2_2.0509)
  %52 = tail call float @llvm.fmuladd.f32(float %31, float %48, float %s3_2.0505)
  %53 = or disjoint i64 %32, 6
  %54 = getelementptr inbounds float, ptr %ws, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = tail call float @llvm.fmuladd.f32(float %22, float %55, float %s0_3.0516)
  %57 = tail call float @llvm.fmuladd.f32(float %25, float %55, float %s1_3.0512)
  %58 = tail call float @llvm.fmuladd.f32(float %28, float %55, float %s2_3.0508)
  %59 = tail call float @llvm.fmuladd.f32(float %31, float %55, float %s3_3.0504)
  br i1 %19, label %k.body, label %k.end

k.end:                                            ; preds = %k.body
  %60 = shl nuw nsw i64 %i0.0520, 3
  %61 = or disjoint i64 %60, %j0.0527
  %62 = getelementptr inbounds float, ptr %h, i64 %61
  %63 = load float, ptr %3, align 16
  %64 = fadd float %35, %63
  %65 = tail call float @tanhf(float %64)
  store float %65, ptr %62, align 16
  %66 = or disjoint i64 %60, %4
  %67 = getelementptr inbounds float, ptr %h, i64 %66
  %68 = load float, ptr %5, align 4
  %69 = fadd float %42, %68
  %70 = tail call float @tanhf(float %69)
  store float %70, ptr %67, align 4
  %71 = or disjoint i64 %60, %6
  %72 = getelementptr inbounds float, ptr %h, i64 %71
  %73 = load float, ptr %7, align 8
  %74 = fadd float %49, %73
  %75 = tail call float @tanhf(float %74)
  store float %75, ptr %72, align 8
  %76 = or disjoint i64 %60, %8
  %77 = getelementptr inbounds float, ptr %h, i64 %76
  %78 = load float, ptr %9, align 4
  %79 = fadd float %56, %78
  %80 = tail call float @tanhf(float %79)
  store float %80, ptr %77, align 4
  %81 = or disjoint i64 %60, 8
  %82 = or disjoint i64 %81, %j0.0527
  %83 = getelementptr inbounds float, ptr %h, i64 %82
  %84 = load float, ptr %3, align 16
  %85 = fadd float %36, %84
  %86 = tail call float @tanhf(float %85)
  store float %86, ptr %83, align 16
  %87 = or disjoint i64 %81, %4
  %88 = getelementptr inbounds float, ptr %h, i64 %87
  %89 = load float, ptr %5, align 4
  %90 = fadd float %43, %89
  %91 = tail call float @tanhf(float %90)
  store float %91, ptr %88, align 4
  %92 = or disjoint i64 %81, %6
  %93 = getelementptr inbounds float, ptr %h, i64 %92
  %94 = load float, ptr %7, align 8
  %95 = fadd float %50, %94
  %96 = tail call float @tanhf(float %95)
  store float %96, ptr %93, align 8
  %97 = or disjoint i64 %81, %8
  %98 = getelementptr inbounds float, ptr %h, i64 %97
  %99 = load float, ptr %9, align 4
  %100 = fadd float %57, %99
  %101 = tail call float @tanhf(float %100)
  store float %101, ptr %98, align 4
  %102 = or disjoint i64 %60, 16
  %103 = or disjoint i64 %102, %j0.0527
  %104 = getelementptr inbounds float, ptr %h, i64 %103
  %105 = load float, ptr %3, align 16
  %106 = fadd float %37, %105
  %107 = tail call float @tanhf(float %106)
  store float %107, ptr %104, align 16
  %108 = or disjoint i64 %102, %4
  %109 = getelementptr inbounds float, ptr %h, i64 %108
  %110 = load float, ptr %5, align 4
  %111 = fadd float %44, %110
  %112 = tail call float @tanhf(float %111)
  store float %112, ptr %109, align 4
  %113 = or disjoint i64 %102, %6
  %114 = getelementptr inbounds float, ptr %h, i64 %113
  %115 = load float, ptr %7, align 8
  %116 = fadd float %51, %115
  %117 = tail call float @tanhf(float %116)
  store float %117, ptr %114, align 8
  %118 = or disjoint i64 %102, %8
  %119 = getelementptr inbounds float, ptr %h, i64 %118
  %120 = load float, ptr %9, align 4
  %121 = fadd float %58, %120
  %122 = tail call float @tanhf(float %121)
  store float %122, ptr %119, align 4
  %123 = or disjoint i64 %60, 24
  %124 = or disjoint i64 %123, %j0.0527
  %125 = getelementptr inbounds float, ptr %h, i64 %124
  %126 = load float, ptr %3, align 16
  %127 = fadd float %38, %126
  %128 = tail call float @tanhf(float %127)
  store float %128, ptr %125, align 16
  %129 = or disjoint i64 %123, %4
  %130 = getelementptr inbounds float, ptr %h, i64 %129
  %131 = load float, ptr %5, align 4
  %132 = fadd float %45, %131
  %133 = tail call float @tanhf(float %132)
  store float %133, ptr %130, align 4
  %134 = or disjoint i64 %123, %6
  %135 = getelementptr inbounds float, ptr %h, i64 %134
  %136 = load float, ptr %7, align 8
  %137 = fadd float %52, %136
  %138 = tail call float @tanhf(float %137)
  store float %138, ptr %135, align 8
  %139 = or disjoint i64 %123, %8
  %140 = getelementptr inbounds float, ptr %h, i64 %139
  %141 = load float, ptr %9, align 4
  %142 = fadd float %59, %141
  %143 = tail call float @tanhf(float %142)
  store float %143, ptr %140, align 4
  %144 = add nuw nsw i64 %i0.0520, 4
  %145 = icmp ult i64 %144, %0
  br i1 %145, label %k.cond.preheader, label %i.cond.preheader

k.cond10.preheader:                               ; preds = %k.cond10.preheader.lr.ph, %k.end13
  %i.0526 = phi i64 [ %0, %k.cond10.preheader.lr.ph ], [ %184, %k.end13 ]
  %.idx = shl nsw i64 %i.0526, 3
  %invariant.gep = getelementptr i8, ptr %x, i64 %.idx
  br label %k.body11

i.end:                                            ; preds = %k.end13, %i.cond.preheader
  br i1 %1, label %i0.cond.preheader, label %i0.cond18.preheader

k.body11:                                         ; preds = %k.cond10.preheader, %k.body11
  %s0_05.0525 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %151, %k.body11 ]
  %s0_16.0524 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %155, %k.body11 ]
  %s0_27.0523 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %159, %k.body11 ]
  %s0_38.0522 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %163, %k.body11 ]
  %146 = phi i1 [ true, %k.cond10.preheader ], [ false, %k.body11 ]
  %k9.0521 = phi i64 [ 0, %k.cond10.preheader ], [ 1, %k.body11 ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %k9.0521
  %147 = load float, ptr %gep, align 4
  %148 = or disjoint i64 %k9.0521, %10
  %149 = getelementptr inbounds float, ptr %ws, i64 %148
  %150 = load float, ptr %149, align 4
  %151 = tail call float @llvm.fmuladd.f32(float %147, float %150, float %s0_05.0525)
  %152 = or disjoint i64 %148, 2
  %153 = getelementptr inbounds float, ptr %ws, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = tail call float @llvm.fmuladd.f32(float %147, float %154, float %s0_16.0524)
  %156 = or disjoint i64 %148, 4
  %157 = getelementptr inbounds float, ptr %ws, i64 %156
  %158 = load float, ptr %157, align 4
  %159 = tail call float @llvm.fmuladd.f32(float %147, float %158, float %s0_27.0523)
  %160 = or disjoint i64 %148, 6
  %161 = getelementptr inbounds float, ptr %ws, i64 %160
  %162 = load float, ptr %161, align 4
  %163 = tail call float @llvm.fmuladd.f32(float %147, float %162, float %s0_38.0522)
  br i1 %146, label %k.body11, label %k.end13

k.end13:                                          ; preds = %k.body11
  %164 = or disjoint i64 %.idx, %j0.0527
  %165 = getelementptr inbounds float, ptr %h, i64 %164
  %166 = load float, ptr %11, align 16
  %167 = fadd float %151, %166
  %168 = tail call float @tanhf(float %167)
  store float %168, ptr %165, align 16
  %169 = or disjoint i64 %.idx, %12
  %170 = getelementptr inbounds float, ptr %h, i64 %169
  %171 = load float, ptr %13, align 4
  %172 = fadd float %155, %171
  %173 = tail call float @tanhf(float %172)
  store float %173, ptr %170, align 4
  %174 = or disjoint i64 %.idx, %14
  %175 = getelementptr inbounds float, ptr %h, i64 %174
  %176 = load float, ptr %15, align 8
  %177 = fadd float %159, %176
  %178 = tail call float @tanhf(float %177)
  store float %178, ptr %175, align 8
  %179 = or disjoint i64 %.idx, %16
  %180 = getelementptr inbounds float, ptr %h, i64 %179
  %181 = load float, ptr %17, align 4
  %182 = fadd float %163, %181
  %183 = tail call float @tanhf(float %182)
  store float %183, ptr %180, align 4
  %184 = add nuw nsw i64 %i.0526, 1
  %185 = icmp ult i64 %184, %n
  br i1 %185, label %k.cond10.preheader, label %i.end

k.cond28.preheader:                               ; preds = %i0.cond18.preheader, %k.end31
  %i017.0533 = phi i64 [ %220, %k.end31 ], [ 0, %i0.cond18.preheader ]
  %186 = shl nuw nsw i64 %i017.0533, 3
  br label %k.body29

i.cond38.preheader:                               ; preds = %k.end31, %i0.cond18.preheader
  br i1 %.not566, label %i.cond52.preheader, label %k.cond45.preheader

k.body29:                                         ; preds = %k.cond28.preheader, %k.body29
  %k27.0532 = phi i64 [ 0, %k.cond28.preheader ], [ %205, %k.body29 ]
  %s3_026.0531 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %204, %k.body29 ]
  %s2_025.0530 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %203, %k.body29 ]
  %s1_024.0529 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %202, %k.body29 ]
  %s0_023.0528 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %201, %k.body29 ]
  %187 = add nuw nsw i64 %k27.0532, %186
  %188 = getelementptr inbounds float, ptr %h, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = or disjoint i64 %187, 8
  %191 = getelementptr inbounds float, ptr %h, i64 %190
  %192 = load float, ptr %191, align 4
  %193 = or disjoint i64 %187, 16
  %194 = getelementptr inbounds float, ptr %h, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = or disjoint i64 %187, 24
  %197 = getelementptr inbounds float, ptr %h, i64 %196
  %198 = load float, ptr %197, align 4
  %199 = getelementptr inbounds float, ptr %y_weight, i64 %k27.0532
  %200 = load float, ptr %199, align 4
  %201 = tail call float @llvm.fmuladd.f32(float %189, float %200, float %s0_023.0528)
  %202 = tail call float @llvm.fmuladd.f32(float %192, float %200, float %s1_024.0529)
  %203 = tail call float @llvm.fmuladd.f32(float %195, float %200, float %s2_025.0530)
  %204 = tail call float @llvm.fmuladd.f32(float %198, float %200, float %s3_026.0531)
  %205 = add nuw nsw i64 %k27.0532, 1
  %exitcond.not = icmp eq i64 %205, 8
  br i1 %exitcond.not, label %k.end31, label %k.body29

k.end31:                                          ; preds = %k.body29
  %206 = getelementptr inbounds float, ptr %y_pre, i64 %i017.0533
  %207 = load float, ptr %y_bias, align 64
  %208 = fadd float %201, %207
  store float %208, ptr %206, align 16
  %209 = or disjoint i64 %i017.0533, 1
  %210 = getelementptr inbounds float, ptr %y_pre, i64 %209
  %211 = fadd float %202, %207
  store float %211, ptr %210, align 4
  %212 = or disjoint i64 %i017.0533, 2
  %213 = getelementptr inbounds float, ptr %y_pre, i64 %212
  %214 = load float, ptr %y_bias, align 64
  %215 = fadd float %203, %214
  store float %215, ptr %213, align 8
  %216 = or disjoint i64 %i017.0533, 3
  %217 = getelementptr inbounds float, ptr %y_pre, i64 %216
  %218 = load float, ptr %y_bias, align 64
  %219 = fadd float %204, %218
  store float %219, ptr %217, align 4
  %220 = add nuw nsw i64 %i017.0533, 4
  %221 = icmp ult i64 %220, %0
  br i1 %221, label %k.cond28.preheader, label %i.cond38.preheader

k.cond45.preheader:                               ; preds = %i.cond38.preheader, %k.end48
  %i37.0536 = phi i64 [ %237, %k.end48 ], [ %0, %i.cond38.preheader ]
  %.idx569 = shl nsw i64 %i37.0536, 5
  %invariant.gep670 = getelementptr i8, ptr %h, i64 %.idx569
  br label %k.body46

i.cond52.preheader:                               ; preds = %k.end48, %i.cond38.preheader
  %.not570 = icmp eq i64 %n, 0
  br i1 %.not570, label %i.end128.thread, label %i.body53.preheader

i.body53.preheader:                               ; preds = %i.cond52.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body53.preheader824, label %vector.ph

i.body53.preheader824:                            ; preds = %middle.block, %i.body53.preheader
  %i51.0537.ph = phi i64 [ 0, %i.body53.preheader ], [ %n.vec, %middle.block ]
  br label %i.body53

vector.ph:                                        ; preds = %i.body53.preheader
  %n.vec = and i64 %n, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %222 = getelementptr inbounds float, ptr %y, i64 %index
  %223 = getelementptr inbounds float, ptr %y_pre, i64 %index
  %wide.load = load <8 x float>, ptr %223, align 32
  %224 = fneg <8 x float> %wide.load
  %225 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %224)
  %226 = fadd <8 x float> %225, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %227 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %226
  store <8 x float> %227, ptr %222, align 32
  %index.next = add nuw i64 %index, 8
  %228 = icmp eq i64 %index.next, %n.vec
  br i1 %228, label %middle.block, label %vector.body, !llvm.loop !4

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.body59.preheader, label %i.body53.preheader824

k.body46:                                         ; preds = %k.cond45.preheader, %k.body46
  %k44.0535 = phi i64 [ 0, %k.cond45.preheader ], [ %233, %k.body46 ]
  %s0_043.0534 = phi float [ 0.000000e+00, %k.cond45.preheader ], [ %232, %k.body46 ]
  %gep671 = getelementptr float, ptr %invariant.gep670, i64 %k44.0535
  %229 = load float, ptr %gep671, align 4
  %230 = getelementptr inbounds float, ptr %y_weight, i64 %k44.0535
  %231 = load float, ptr %230, align 4
  %232 = tail call float @llvm.fmuladd.f32(float %229, float %231, float %s0_043.0534)
  %233 = add nuw nsw i64 %k44.0535, 1
  %exitcond619.not = icmp eq i64 %233, 8
  br i1 %exitcond619.not, label %k.end48, label %k.body46

k.end48:                                          ; preds = %k.body46
  %234 = getelementptr inbounds float, ptr %y_pre, i64 %i37.0536
  %235 = load float, ptr %y_bias, align 64
  %236 = fadd float %232, %235
  store float %236, ptr %234, align 4
  %237 = add nuw nsw i64 %i37.0536, 1
  %238 = icmp ult i64 %237, %n
  br i1 %238, label %k.cond45.preheader, label %i.cond52.preheader

i.body53:                                         ; preds = %i.body53.preheader824, %i.body53
  %i51.0537 = phi i64 [ %246, %i.body53 ], [ %i51.0537.ph, %i.body53.preheader824 ]
  %239 = getelementptr inbounds float, ptr %y, i64 %i51.0537
  %240 = getelementptr inbounds float, ptr %y_pre, i64 %i51.0537
  %241 = load float, ptr %240, align 4
  %242 = fneg float %241
  %243 = tail call float @llvm.exp.f32(float %242)
  %244 = fadd float %243, 1.000000e+00
  %245 = fdiv float 1.000000e+00, %244
  store float %245, ptr %239, align 4
  %246 = add nuw nsw i64 %i51.0537, 1
  %exitcond620.not = icmp eq i64 %246, %n
  br i1 %exitcond620.not, label %i.body59.preheader, label %i.body53, !llvm.loop !5

i.body59.preheader:                               ; preds = %i.body53, %middle.block
  %min.iters.check718 = icmp ult i64 %n, 32
  br i1 %min.iters.check718, label %i.body59.preheader818, label %vector.ph719

vector.ph719:                                     ; preds = %i.body59.preheader
  %n.vec721 = and i64 %n, -32
  br label %vector.body723

vector.body723:                                   ; preds = %vector.body723, %vector.ph719
  %index724 = phi i64 [ 0, %vector.ph719 ], [ %index.next736, %vector.body723 ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph719 ], [ %271, %vector.body723 ]
  %vec.phi725 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph719 ], [ %272, %vector.body723 ]
  %vec.phi726 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph719 ], [ %273, %vector.body723 ]
  %vec.phi727 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph719 ], [ %274, %vector.body723 ]
  %247 = getelementptr inbounds float, ptr %y, i64 %index724
  %248 = getelementptr inbounds i8, ptr %247, i64 32
  %249 = getelementptr inbounds i8, ptr %247, i64 64
  %250 = getelementptr inbounds i8, ptr %247, i64 96
  %wide.load728 = load <8 x float>, ptr %247, align 64
  %wide.load729 = load <8 x float>, ptr %248, align 32
  %wide.load730 = load <8 x float>, ptr %249, align 64
  %wide.load731 = load <8 x float>, ptr %250, align 32
  %251 = fcmp ogt <8 x float> %wide.load728, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %252 = fcmp ogt <8 x float> %wide.load729, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %253 = fcmp ogt <8 x float> %wide.load730, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %254 = fcmp ogt <8 x float> %wide.load731, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %255 = getelementptr inbounds float, ptr %target, i64 %index724
  %256 = getelementptr inbounds i8, ptr %255, i64 32
  %257 = getelementptr inbounds i8, ptr %255, i64 64
  %258 = getelementptr inbounds i8, ptr %255, i64 96
  %wide.load732 = load <8 x float>, ptr %255, align 4
  %wide.load733 = load <8 x float>, ptr %256, align 4
  %wide.load734 = load <8 x float>, ptr %257, align 4
  %wide.load735 = load <8 x float>, ptr %258, align 4
  %259 = fcmp ule <8 x float> %wide.load732, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %260 = fcmp ule <8 x float> %wide.load733, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %261 = fcmp ule <8 x float> %wide.load734, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %262 = fcmp ule <8 x float> %wide.load735, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %263 = xor <8 x i1> %251, %259
  %264 = xor <8 x i1> %252, %260
  %265 = xor <8 x i1> %253, %261
  %266 = xor <8 x i1> %254, %262
  %267 = select <8 x i1> %263, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %268 = select <8 x i1> %264, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %269 = select <8 x i1> %265, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %270 = select <8 x i1> %266, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %271 = fadd reassoc <8 x float> %vec.phi, %267
  %272 = fadd reassoc <8 x float> %vec.phi725, %268
  %273 = fadd reassoc <8 x float> %vec.phi726, %269
  %274 = fadd reassoc <8 x float> %vec.phi727, %270
  %index.next736 = add nuw i64 %index724, 32
  %275 = icmp eq i64 %index.next736, %n.vec721
  br i1 %275, label %middle.block716, label %vector.body723, !llvm.loop !6

middle.block716:                                  ; preds = %vector.body723
  %bin.rdx = fadd reassoc <8 x float> %272, %271
  %bin.rdx737 = fadd reassoc <8 x float> %273, %bin.rdx
  %bin.rdx738 = fadd reassoc <8 x float> %274, %bin.rdx737
  %276 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx738)
  %cmp.n739 = icmp eq i64 %n.vec721, %n
  br i1 %cmp.n739, label %i.body65.preheader, label %i.body59.preheader818

i.body59.preheader818:                            ; preds = %middle.block716, %i.body59.preheader
  %i57.0539.ph = phi i64 [ 0, %i.body59.preheader ], [ %n.vec721, %middle.block716 ]
  %hits.0538.ph = phi float [ 0.000000e+00, %i.body59.preheader ], [ %276, %middle.block716 ]
  br label %i.body59

i.body59:                                         ; preds = %i.body59.preheader818, %i.body59
  %i57.0539 = phi i64 [ %286, %i.body59 ], [ %i57.0539.ph, %i.body59.preheader818 ]
  %hits.0538 = phi float [ %285, %i.body59 ], [ %hits.0538.ph, %i.body59.preheader818 ]
  %277 = getelementptr inbounds float, ptr %y, i64 %i57.0539
  %278 = load float, ptr %277, align 4
  %279 = fcmp ogt float %278, 5.000000e-01
  %280 = getelementptr inbounds float, ptr %target, i64 %i57.0539
  %281 = load float, ptr %280, align 4
  %282 = fcmp ule float %281, 5.000000e-01
  %283 = xor i1 %279, %282
  %284 = select i1 %283, float 1.000000e+00, float 0.000000e+00
  %285 = fadd reassoc float %hits.0538, %284
  %286 = add nuw nsw i64 %i57.0539, 1
  %exitcond621.not = icmp eq i64 %286, %n
  br i1 %exitcond621.not, label %i.body65.preheader, label %i.body59, !llvm.loop !7

i.body65.preheader:                               ; preds = %i.body59, %middle.block716
  %.lcssa690 = phi float [ %276, %middle.block716 ], [ %285, %i.body59 ]
  store float %.lcssa690, ptr %correct, align 4
  br label %i.body65

i.body65:                                         ; preds = %i.body65.preheader, %i.body65
  %i63.0542 = phi i64 [ %300, %i.body65 ], [ 0, %i.body65.preheader ]
  %sum.0541 = phi float [ %299, %i.body65 ], [ 0.000000e+00, %i.body65.preheader ]
  %287 = getelementptr inbounds float, ptr %y_pre, i64 %i63.0542
  %288 = load float, ptr %287, align 4
  %289 = tail call float @llvm.maxnum.f32(float %288, float 0.000000e+00)
  %290 = getelementptr inbounds float, ptr %target, i64 %i63.0542
  %291 = load float, ptr %290, align 4
  %292 = fmul float %288, %291
  %293 = fsub float %289, %292
  %294 = tail call float @llvm.fabs.f32(float %288)
  %295 = fneg float %294
  %296 = tail call float @llvm.exp.f32(float %295)
  %297 = tail call float @log1pf(float %296)
  %298 = fadd float %297, %293
  %299 = fadd reassoc float %sum.0541, %298
  %300 = add nuw nsw i64 %i63.0542, 1
  %exitcond622.not = icmp eq i64 %300, %n
  br i1 %exitcond622.not, label %i.body71.preheader, label %i.body65

i.body71.preheader:                               ; preds = %i.body65
  %301 = uitofp i64 %n to float
  %302 = fdiv float 1.000000e+00, %301
  %303 = fmul float %302, %299
  store float %303, ptr %loss, align 64
  %min.iters.check743 = icmp ult i64 %n, 8
  br i1 %min.iters.check743, label %i.body71.preheader816, label %vector.memcheck

i.body71.preheader816:                            ; preds = %middle.block741, %vector.memcheck, %i.body71.preheader
  %i69.0544.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body71.preheader ], [ %n.vec746, %middle.block741 ]
  br label %i.body71

vector.memcheck:                                  ; preds = %i.body71.preheader
  %304 = shl i64 %n, 2
  %305 = getelementptr i8, ptr %ws, i64 %304
  %scevgep = getelementptr i8, ptr %305, i64 1344
  %scevgep740 = getelementptr i8, ptr %target, i64 %304
  %bound0 = icmp ult ptr %y_pre, %scevgep740
  %bound1 = icmp ugt ptr %scevgep, %target
  %found.conflict = and i1 %bound0, %bound1
  br i1 %found.conflict, label %i.body71.preheader816, label %vector.ph744

vector.ph744:                                     ; preds = %vector.memcheck
  %n.vec746 = and i64 %n, -8
  %broadcast.splatinsert = insertelement <8 x float> poison, float %302, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body748

vector.body748:                                   ; preds = %vector.body748, %vector.ph744
  %index749 = phi i64 [ 0, %vector.ph744 ], [ %index.next752, %vector.body748 ]
  %306 = getelementptr inbounds float, ptr %d_y_pre, i64 %index749
  %307 = getelementptr inbounds float, ptr %y_pre, i64 %index749
  %wide.load750 = load <8 x float>, ptr %307, align 32, !alias.scope !8, !noalias !11
  %308 = fneg <8 x float> %wide.load750
  %309 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %308)
  %310 = fadd <8 x float> %309, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %311 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %310
  %312 = getelementptr inbounds float, ptr %target, i64 %index749
  %wide.load751 = load <8 x float>, ptr %312, align 4, !alias.scope !11
  %313 = fsub <8 x float> %311, %wide.load751
  %314 = fmul <8 x float> %broadcast.splat, %313
  store <8 x float> %314, ptr %306, align 32, !alias.scope !8, !noalias !11
  %index.next752 = add nuw i64 %index749, 8
  %315 = icmp eq i64 %index.next752, %n.vec746
  br i1 %315, label %middle.block741, label %vector.body748, !llvm.loop !13

middle.block741:                                  ; preds = %vector.body748
  %cmp.n753 = icmp eq i64 %n.vec746, %n
  br i1 %cmp.n753, label %j.body83.preheader, label %i.body71.preheader816

j.body83.preheader:                               ; preds = %i.body71, %middle.block741
  br label %j.body83

i.body71:                                         ; preds = %i.body71.preheader816, %i.body71
  %i69.0544 = phi i64 [ %327, %i.body71 ], [ %i69.0544.ph, %i.body71.preheader816 ]
  %316 = getelementptr inbounds float, ptr %d_y_pre, i64 %i69.0544
  %317 = getelementptr inbounds float, ptr %y_pre, i64 %i69.0544
  %318 = load float, ptr %317, align 4
  %319 = fneg float %318
  %320 = tail call float @llvm.exp.f32(float %319)
  %321 = fadd float %320, 1.000000e+00
  %322 = fdiv float 1.000000e+00, %321
  %323 = getelementptr inbounds float, ptr %target, i64 %i69.0544
  %324 = load float, ptr %323, align 4
  %325 = fsub float %322, %324
  %326 = fmul float %302, %325
  store float %326, ptr %316, align 4
  %327 = add nuw nsw i64 %i69.0544, 1
  %exitcond623.not = icmp eq i64 %327, %n
  br i1 %exitcond623.not, label %j.body83.preheader, label %i.body71, !llvm.loop !14

i.cond94.preheader.us.preheader:                  ; preds = %j.body83
  store float %337, ptr %d_y_bias, align 64
  br label %i.cond94.preheader.us

i.cond94.preheader.us:                            ; preds = %i.cond94.preheader.us.preheader, %i.cond94.i.end97_crit_edge.us
  %j87.0549.us = phi i64 [ %333, %i.cond94.i.end97_crit_edge.us ], [ 0, %i.cond94.preheader.us.preheader ]
  %328 = getelementptr inbounds float, ptr %y_weight, i64 %j87.0549.us
  %.pre = load float, ptr %328, align 4
  %invariant.gep672 = getelementptr inbounds float, ptr %y_pre, i64 %j87.0549.us
  br label %k.cond100.preheader.us

k.cond100.preheader.us:                           ; preds = %i.cond94.preheader.us, %k.cond100.preheader.us
  %i93.0548.us = phi i64 [ 0, %i.cond94.preheader.us ], [ %332, %k.cond100.preheader.us ]
  %329 = getelementptr inbounds float, ptr %d_y_pre, i64 %i93.0548.us
  %330 = load float, ptr %329, align 4
  %331 = tail call float @llvm.fmuladd.f32(float %330, float %.pre, float 0.000000e+00)
  %.idx576 = shl nsw i64 %i93.0548.us, 5
  %gep673 = getelementptr inbounds i8, ptr %invariant.gep672, i64 %.idx576
  store float %331, ptr %gep673, align 4
  %332 = add nuw nsw i64 %i93.0548.us, 1
  %exitcond625.not = icmp eq i64 %332, %n
  br i1 %exitcond625.not, label %i.cond94.i.end97_crit_edge.us, label %k.cond100.preheader.us

i.cond94.i.end97_crit_edge.us:                    ; preds = %k.cond100.preheader.us
  %333 = add nuw nsw i64 %j87.0549.us, 1
  %exitcond626.not = icmp eq i64 %333, 8
  br i1 %exitcond626.not, label %k.cond119.preheader.us, label %i.cond94.preheader.us

j.body83:                                         ; preds = %j.body83.preheader, %j.body83
  %334 = phi float [ %337, %j.body83 ], [ 0.000000e+00, %j.body83.preheader ]
  %i75.0545 = phi i64 [ %338, %j.body83 ], [ 0, %j.body83.preheader ]
  %335 = getelementptr inbounds float, ptr %d_y_pre, i64 %i75.0545
  %336 = load float, ptr %335, align 4
  %337 = fadd float %334, %336
  %338 = add nuw nsw i64 %i75.0545, 1
  %exitcond624.not = icmp eq i64 %338, %n
  br i1 %exitcond624.not, label %i.cond94.preheader.us.preheader, label %j.body83

i.end128.thread:                                  ; preds = %i.cond52.preheader
  store float 0.000000e+00, ptr %correct, align 4
  %339 = uitofp nneg i64 %n to float
  %340 = fdiv float 1.000000e+00, %339
  %341 = fmul float %340, 0.000000e+00
  store float %341, ptr %loss, align 64
  store i32 0, ptr %d_y_bias, align 64
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_y_weight, i8 0, i64 32, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_h_bias, i8 0, i64 32, i1 false)
  br label %i.cond149.preheader.preheader

k.cond119.preheader.us:                           ; preds = %i.cond94.i.end97_crit_edge.us, %k.cond119.k.end122_crit_edge.us
  %j105.0553.us = phi i64 [ %348, %k.cond119.k.end122_crit_edge.us ], [ 0, %i.cond94.i.end97_crit_edge.us ]
  %invariant.gep674 = getelementptr inbounds float, ptr %h, i64 %j105.0553.us
  br label %k.body120.us

k.body120.us:                                     ; preds = %k.cond119.preheader.us, %k.body120.us
  %k118.0551.us = phi i64 [ 0, %k.cond119.preheader.us ], [ %346, %k.body120.us ]
  %acc117.0550.us = phi float [ 0.000000e+00, %k.cond119.preheader.us ], [ %345, %k.body120.us ]
  %342 = getelementptr inbounds float, ptr %d_y_pre, i64 %k118.0551.us
  %343 = load float, ptr %342, align 4
  %.idx578 = shl nsw i64 %k118.0551.us, 5
  %gep675 = getelementptr inbounds i8, ptr %invariant.gep674, i64 %.idx578
  %344 = load float, ptr %gep675, align 4
  %345 = tail call float @llvm.fmuladd.f32(float %343, float %344, float %acc117.0550.us)
  %346 = add nuw nsw i64 %k118.0551.us, 1
  %exitcond627.not = icmp eq i64 %346, %n
  br i1 %exitcond627.not, label %k.cond119.k.end122_crit_edge.us, label %k.body120.us

k.cond119.k.end122_crit_edge.us:                  ; preds = %k.body120.us
  %347 = getelementptr inbounds float, ptr %d_y_weight, i64 %j105.0553.us
  store float %345, ptr %347, align 4
  %348 = add nuw nsw i64 %j105.0553.us, 1
  %exitcond628.not = icmp eq i64 %348, 8
  br i1 %exitcond628.not, label %i.body126.preheader, label %k.cond119.preheader.us

i.body126.preheader:                              ; preds = %k.cond119.k.end122_crit_edge.us
  %349 = shl i64 %n, 3
  %umax = tail call i64 @llvm.umax.i64(i64 %349, i64 1)
  %min.iters.check756 = icmp eq i64 %349, 0
  br i1 %min.iters.check756, label %i.body126.preheader813, label %vector.ph757

vector.ph757:                                     ; preds = %i.body126.preheader
  %n.vec759 = and i64 %umax, -8
  br label %vector.body761

vector.body761:                                   ; preds = %vector.body761, %vector.ph757
  %index762 = phi i64 [ 0, %vector.ph757 ], [ %index.next765, %vector.body761 ]
  %350 = getelementptr inbounds float, ptr %d_y_pre, i64 %index762
  %351 = getelementptr inbounds float, ptr %y_pre, i64 %index762
  %wide.load763 = load <8 x float>, ptr %351, align 32
  %352 = getelementptr inbounds float, ptr %h, i64 %index762
  %wide.load764 = load <8 x float>, ptr %352, align 32
  %353 = fmul <8 x float> %wide.load764, %wide.load764
  %354 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %353
  %355 = fmul <8 x float> %wide.load763, %354
  store <8 x float> %355, ptr %350, align 32
  %index.next765 = add nuw i64 %index762, 8
  %356 = icmp eq i64 %index.next765, %n.vec759
  br i1 %356, label %middle.block754, label %vector.body761, !llvm.loop !15

middle.block754:                                  ; preds = %vector.body761
  %cmp.n766 = icmp eq i64 %349, %n.vec759
  br i1 %cmp.n766, label %i.end128, label %i.body126.preheader813

i.body126.preheader813:                           ; preds = %middle.block754, %i.body126.preheader
  %i124.0555.ph = phi i64 [ 0, %i.body126.preheader ], [ %n.vec759, %middle.block754 ]
  br label %i.body126

i.body126:                                        ; preds = %i.body126.preheader813, %i.body126
  %i124.0555 = phi i64 [ %365, %i.body126 ], [ %i124.0555.ph, %i.body126.preheader813 ]
  %357 = getelementptr inbounds float, ptr %d_y_pre, i64 %i124.0555
  %358 = getelementptr inbounds float, ptr %y_pre, i64 %i124.0555
  %359 = load float, ptr %358, align 4
  %360 = getelementptr inbounds float, ptr %h, i64 %i124.0555
  %361 = load float, ptr %360, align 4
  %362 = fmul float %361, %361
  %363 = fsub float 1.000000e+00, %362
  %364 = fmul float %359, %363
  store float %364, ptr %357, align 4
  %365 = add nuw nsw i64 %i124.0555, 1
  %exitcond629.not = icmp eq i64 %365, %umax
  br i1 %exitcond629.not, label %i.end128, label %i.body126, !llvm.loop !16

i.end128:                                         ; preds = %i.body126, %middle.block754
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_h_bias, i8 0, i64 32, i1 false)
  br i1 %.not570, label %i.cond149.preheader.preheader, label %j.cond137.preheader

i.cond149.preheader.preheader:                    ; preds = %i.end128.thread, %i.end128
  br label %i.cond149.preheader

j.cond137.preheader:                              ; preds = %i.end128, %j.end140
  %i130.0557 = phi i64 [ %377, %j.end140 ], [ 0, %i.end128 ]
  %.idx581 = shl nsw i64 %i130.0557, 5
  %invariant.gep676 = getelementptr inbounds i8, ptr %d_y_pre, i64 %.idx581
  br label %j.body138

i.cond149.preheader.us:                           ; preds = %j.end140, %i.end152.split.us.us
  %366 = phi i1 [ false, %i.end152.split.us.us ], [ true, %j.end140 ]
  %j142.0562.us = phi i64 [ 1, %i.end152.split.us.us ], [ 0, %j.end140 ]
  %invariant.gep680 = getelementptr inbounds float, ptr %x, i64 %j142.0562.us
  %invariant.gep682 = getelementptr inbounds float, ptr %d_h_weight, i64 %j142.0562.us
  br label %k.cond156.preheader.us.us

k.cond156.preheader.us.us:                        ; preds = %k.cond156.k.end159_crit_edge.us.us, %i.cond149.preheader.us
  %i148.0561.us.us = phi i64 [ 0, %i.cond149.preheader.us ], [ %371, %k.cond156.k.end159_crit_edge.us.us ]
  %invariant.gep678 = getelementptr inbounds float, ptr %d_y_pre, i64 %i148.0561.us.us
  br label %k.body157.us.us

k.body157.us.us:                                  ; preds = %k.body157.us.us, %k.cond156.preheader.us.us
  %k155.0559.us.us = phi i64 [ 0, %k.cond156.preheader.us.us ], [ %370, %k.body157.us.us ]
  %acc154.0558.us.us = phi float [ 0.000000e+00, %k.cond156.preheader.us.us ], [ %369, %k.body157.us.us ]
  %.idx584 = shl nsw i64 %k155.0559.us.us, 5
  %gep679 = getelementptr inbounds i8, ptr %invariant.gep678, i64 %.idx584
  %367 = load float, ptr %gep679, align 4
  %.idx585 = shl nsw i64 %k155.0559.us.us, 3
  %gep681 = getelementptr inbounds i8, ptr %invariant.gep680, i64 %.idx585
  %368 = load float, ptr %gep681, align 4
  %369 = tail call float @llvm.fmuladd.f32(float %367, float %368, float %acc154.0558.us.us)
  %370 = add nuw nsw i64 %k155.0559.us.us, 1
  %exitcond632.not = icmp eq i64 %370, %n
  br i1 %exitcond632.not, label %k.cond156.k.end159_crit_edge.us.us, label %k.body157.us.us

k.cond156.k.end159_crit_edge.us.us:               ; preds = %k.body157.us.us
  %.idx586 = shl nsw i64 %i148.0561.us.us, 3
  %gep683 = getelementptr inbounds i8, ptr %invariant.gep682, i64 %.idx586
  store float %369, ptr %gep683, align 4
  %371 = add nuw nsw i64 %i148.0561.us.us, 1
  %exitcond633.not = icmp eq i64 %371, 8
  br i1 %exitcond633.not, label %i.end152.split.us.us, label %k.cond156.preheader.us.us

i.end152.split.us.us:                             ; preds = %k.cond156.k.end159_crit_edge.us.us
  br i1 %366, label %i.cond149.preheader.us, label %j.end146

j.body138:                                        ; preds = %j.cond137.preheader, %j.body138
  %j136.0556 = phi i64 [ 0, %j.cond137.preheader ], [ %376, %j.body138 ]
  %372 = getelementptr inbounds float, ptr %d_h_bias, i64 %j136.0556
  %373 = load float, ptr %372, align 4
  %gep677 = getelementptr inbounds float, ptr %invariant.gep676, i64 %j136.0556
  %374 = load float, ptr %gep677, align 4
  %375 = fadd float %373, %374
  store float %375, ptr %372, align 4
  %376 = add nuw nsw i64 %j136.0556, 1
  %exitcond630.not = icmp eq i64 %376, 8
  br i1 %exitcond630.not, label %j.end140, label %j.body138

j.end140:                                         ; preds = %j.body138
  %377 = add nuw nsw i64 %i130.0557, 1
  %exitcond631.not = icmp eq i64 %377, %n
  br i1 %exitcond631.not, label %i.cond149.preheader.us, label %j.cond137.preheader

i.cond149.preheader:                              ; preds = %i.cond149.preheader.preheader, %i.end152.split
  %378 = phi i1 [ false, %i.end152.split ], [ true, %i.cond149.preheader.preheader ]
  %j142.0562 = phi i64 [ 1, %i.end152.split ], [ 0, %i.cond149.preheader.preheader ]
  %invariant.gep684 = getelementptr inbounds float, ptr %d_h_weight, i64 %j142.0562
  br label %k.cond156.preheader

j.end146:                                         ; preds = %i.end152.split.us.us, %i.end152.split
  %379 = load float, ptr %train_step, align 64
  %380 = fadd float %379, 1.000000e+00
  store float %380, ptr %train_step, align 64
  %381 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %380)
  %382 = fsub float 1.000000e+00, %381
  %383 = tail call float @llvm.sqrt.f32(float %382)
  %384 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %380)
  %385 = fsub float 1.000000e+00, %384
  %386 = fdiv float 0x3FA99999A0000000, %385
  %broadcast.splatinsert777 = insertelement <8 x float> poison, float %386, i64 0
  %broadcast.splat778 = shufflevector <8 x float> %broadcast.splatinsert777, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert779 = insertelement <8 x float> poison, float %383, i64 0
  %broadcast.splat780 = shufflevector <8 x float> %broadcast.splatinsert779, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body771

vector.body771:                                   ; preds = %vector.body771, %j.end146
  %index772 = phi i64 [ 0, %j.end146 ], [ %index.next781, %vector.body771 ]
  %387 = getelementptr inbounds float, ptr %d_h_weight, i64 %index772
  %wide.load773 = load <8 x float>, ptr %387, align 32
  %388 = getelementptr inbounds float, ptr %train_h_weight_exp_avg, i64 %index772
  %wide.load774 = load <8 x float>, ptr %388, align 32
  %389 = fmul <8 x float> %wide.load774, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %390 = fmul <8 x float> %wide.load773, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %391 = fadd <8 x float> %390, %389
  store <8 x float> %391, ptr %388, align 32
  %392 = getelementptr inbounds float, ptr %train_h_weight_exp_avg_sq, i64 %index772
  %wide.load775 = load <8 x float>, ptr %392, align 32
  %393 = fmul <8 x float> %wide.load775, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %394 = fmul <8 x float> %wide.load773, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %395 = fmul <8 x float> %wide.load773, %394
  %396 = fadd <8 x float> %395, %393
  store <8 x float> %396, ptr %392, align 32
  %397 = getelementptr inbounds float, ptr %ws, i64 %index772
  %wide.load776 = load <8 x float>, ptr %397, align 32
  %398 = fmul <8 x float> %broadcast.splat778, %391
  %399 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %396)
  %400 = fdiv <8 x float> %399, %broadcast.splat780
  %401 = fadd <8 x float> %400, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %402 = fdiv <8 x float> %398, %401
  %403 = fsub <8 x float> %wide.load776, %402
  store <8 x float> %403, ptr %397, align 32
  %index.next781 = add nuw i64 %index772, 8
  %404 = icmp eq i64 %index.next781, 16
  br i1 %404, label %vector.ph784, label %vector.body771, !llvm.loop !17

k.cond156.preheader:                              ; preds = %i.cond149.preheader, %k.cond156.preheader
  %i148.0561 = phi i64 [ 0, %i.cond149.preheader ], [ %405, %k.cond156.preheader ]
  %.idx583 = shl nsw i64 %i148.0561, 3
  %gep685 = getelementptr inbounds i8, ptr %invariant.gep684, i64 %.idx583
  store float 0.000000e+00, ptr %gep685, align 4
  %405 = add nuw nsw i64 %i148.0561, 1
  %exitcond634.not = icmp eq i64 %405, 8
  br i1 %exitcond634.not, label %i.end152.split, label %k.cond156.preheader

i.end152.split:                                   ; preds = %k.cond156.preheader
  br i1 %378, label %i.cond149.preheader, label %j.end146

vector.ph784:                                     ; preds = %vector.body771
  %train_y_weight_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 640
  %train_h_bias_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 512
  %train_y_weight_exp_avg = getelementptr inbounds i8, ptr %ws, i64 576
  %train_h_bias_exp_avg = getelementptr inbounds i8, ptr %ws, i64 448
  %406 = load float, ptr %train_step, align 64
  %407 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %406)
  %408 = fsub float 1.000000e+00, %407
  %409 = tail call float @llvm.sqrt.f32(float %408)
  %410 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %406)
  %411 = fsub float 1.000000e+00, %410
  %412 = fdiv float 0x3FA99999A0000000, %411
  %broadcast.splatinsert792 = insertelement <8 x float> poison, float %412, i64 0
  %broadcast.splat793 = shufflevector <8 x float> %broadcast.splatinsert792, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert794 = insertelement <8 x float> poison, float %409, i64 0
  %broadcast.splat795 = shufflevector <8 x float> %broadcast.splatinsert794, <8 x float> poison, <8 x i32> zeroinitializer
  %wide.load788 = load <8 x float>, ptr %d_h_bias, align 64
  %wide.load789 = load <8 x float>, ptr %train_h_bias_exp_avg, align 64
  %413 = fmul <8 x float> %wide.load789, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %414 = fmul <8 x float> %wide.load788, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %415 = fadd <8 x float> %414, %413
  store <8 x float> %415, ptr %train_h_bias_exp_avg, align 64
  %wide.load790 = load <8 x float>, ptr %train_h_bias_exp_avg_sq, align 64
  %416 = fmul <8 x float> %wide.load790, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %417 = fmul <8 x float> %wide.load788, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %418 = fmul <8 x float> %wide.load788, %417
  %419 = fadd <8 x float> %418, %416
  store <8 x float> %419, ptr %train_h_bias_exp_avg_sq, align 64
  %wide.load791 = load <8 x float>, ptr %h_bias, align 64
  %420 = fmul <8 x float> %broadcast.splat793, %415
  %421 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %419)
  %422 = fdiv <8 x float> %421, %broadcast.splat795
  %423 = fadd <8 x float> %422, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %424 = fdiv <8 x float> %420, %423
  %425 = fsub <8 x float> %wide.load791, %424
  store <8 x float> %425, ptr %h_bias, align 64
  %426 = load float, ptr %train_step, align 64
  %427 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %426)
  %428 = fsub float 1.000000e+00, %427
  %429 = tail call float @llvm.sqrt.f32(float %428)
  %430 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %426)
  %431 = fsub float 1.000000e+00, %430
  %432 = fdiv float 0x3FA99999A0000000, %431
  %broadcast.splatinsert807 = insertelement <8 x float> poison, float %432, i64 0
  %broadcast.splat808 = shufflevector <8 x float> %broadcast.splatinsert807, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert809 = insertelement <8 x float> poison, float %429, i64 0
  %broadcast.splat810 = shufflevector <8 x float> %broadcast.splatinsert809, <8 x float> poison, <8 x i32> zeroinitializer
  %wide.load803 = load <8 x float>, ptr %d_y_weight, align 64
  %wide.load804 = load <8 x float>, ptr %train_y_weight_exp_avg, align 64
  %433 = fmul <8 x float> %wide.load804, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %434 = fmul <8 x float> %wide.load803, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %435 = fadd <8 x float> %434, %433
  store <8 x float> %435, ptr %train_y_weight_exp_avg, align 64
  %wide.load805 = load <8 x float>, ptr %train_y_weight_exp_avg_sq, align 64
  %436 = fmul <8 x float> %wide.load805, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %437 = fmul <8 x float> %wide.load803, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %438 = fmul <8 x float> %wide.load803, %437
  %439 = fadd <8 x float> %438, %436
  store <8 x float> %439, ptr %train_y_weight_exp_avg_sq, align 64
  %wide.load806 = load <8 x float>, ptr %y_weight, align 64
  %440 = fmul <8 x float> %broadcast.splat808, %435
  %441 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %439)
  %442 = fdiv <8 x float> %441, %broadcast.splat810
  %443 = fadd <8 x float> %442, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %444 = fdiv <8 x float> %440, %443
  %445 = fsub <8 x float> %wide.load806, %444
  store <8 x float> %445, ptr %y_weight, align 64
  %train_y_bias_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 768
  %train_y_bias_exp_avg = getelementptr inbounds i8, ptr %ws, i64 704
  %446 = load float, ptr %train_step, align 64
  %447 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %446)
  %448 = fsub float 1.000000e+00, %447
  %449 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %446)
  %450 = fsub float 1.000000e+00, %449
  %451 = fdiv float 0x3FA99999A0000000, %448
  %452 = tail call float @llvm.sqrt.f32(float %450)
  %453 = load float, ptr %d_y_bias, align 64
  %454 = load float, ptr %train_y_bias_exp_avg, align 64
  %455 = fmul float %454, 0x3FECCCCCC0000000
  %456 = fmul float %453, 0x3FB99999A0000000
  %457 = fadd float %456, %455
  store float %457, ptr %train_y_bias_exp_avg, align 64
  %458 = load float, ptr %train_y_bias_exp_avg_sq, align 64
  %459 = fmul float %458, 0x3FEFF7CEE0000000
  %460 = fmul float %453, 0x3F50624DE0000000
  %461 = fmul float %453, %460
  %462 = fadd float %461, %459
  store float %462, ptr %train_y_bias_exp_avg_sq, align 64
  %463 = load float, ptr %y_bias, align 64
  %464 = fmul float %451, %457
  %465 = tail call float @llvm.sqrt.f32(float %462)
  %466 = fdiv float %465, %452
  %467 = fadd float %466, 0x3E45798EE0000000
  %468 = fdiv float %464, %467
  %469 = fsub float %463, %468
  store float %469, ptr %y_bias, align 64
  %470 = load float, ptr %loss, align 64
  ret float %470
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @log1pf(float) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.pow.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_eval_batch(ptr align 64 %ws, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #0 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y = getelementptr inbounds i8, ptr %ws, i64 1472
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  %.not320 = icmp eq i64 %0, %n
  br label %i0.cond.preheader

i0.cond.preheader:                                ; preds = %entry, %i.end
  %1 = phi i1 [ true, %entry ], [ false, %i.end ]
  %j0.0303 = phi i64 [ 0, %entry ], [ 4, %i.end ]
  br i1 %.not, label %i.cond.preheader, label %k.cond.preheader.lr.ph

k.cond.preheader.lr.ph:                           ; preds = %i0.cond.preheader
  %2 = shl nuw nsw i64 %j0.0303, 1
  %3 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0303
  %4 = or disjoint i64 %j0.0303, 1
  %5 = getelementptr inbounds float, ptr %h_bias, i64 %4
  %6 = or disjoint i64 %j0.0303, 2
  %7 = getelementptr inbounds float, ptr %h_bias, i64 %6
  %8 = or disjoint i64 %j0.0303, 3
  %9 = getelementptr inbounds float, ptr %h_bias, i64 %8
  br label %k.cond.preheader

i0.cond18.preheader:                              ; preds = %i.end
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1216
  %loss = getelementptr inbounds i8, ptr %ws, i64 1536
  br i1 %.not, label %i.cond38.preheader, label %k.cond28.preheader

i.cond.preheader:                                 ; preds = %k.end, %i0.cond.preheader
  br i1 %.not320, label %i.end, label %k.cond10.preheader.lr.ph

k.cond10.preheader.lr.ph:                         ; preds = %i.cond.preheader
  %10 = shl nuw nsw i64 %j0.0303, 1
  %11 = getelementptr inbounds float, ptr %h_bias, i64 %j0.0303
  %12 = or disjoint i64 %j0.0303, 1
  %13 = getelementptr inbounds float, ptr %h_bias, i64 %12
  %14 = or disjoint i64 %j0.0303, 2
  %15 = getelementptr inbounds float, ptr %h_bias, i64 %14
  %16 = or disjoint i64 %j0.0303, 3
  %17 = getelementptr inbounds float, ptr %h_bias, i64 %16
  br label %k.cond10.preheader

k.cond.preheader:                                 ; preds = %k.cond.preheader.lr.ph, %k.end
  %i0.0296 = phi i64 [ 0, %k.cond.preheader.lr.ph ], [ %144, %k.end ]
  %18 = shl nuw nsw i64 %i0.0296, 1
  br label %k.body

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %s0_0.0295 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %35, %k.body ]
  %s0_1.0294 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %42, %k.body ]
  %s0_2.0293 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %49, %k.body ]
  %s0_3.0292 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %56, %k.body ]
  %s1_0.0291 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %36, %k.body ]
  %s1_1.0290 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %43, %k.body ]
  %s1_2.0289 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %50, %k.body ]
  %s1_3.0288 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %57, %k.body ]
  %19 = phi i1 [ true, %k.cond.preheader ], [ false, %k.body ]
  %k.0287 = phi i64 [ 0, %k.cond.preheader ], [ 1, %k.body ]
  %s3_3.0286 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %59, %k.body ]
  %s3_2.0285 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %52, %k.body ]
  %s3_1.0284 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %45, %k.body ]
  %s3_0.0283 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %38, %k.body ]
  %s2_3.0282 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %58, %k.body ]
  %s2_2.0281 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %51, %k.body ]
  %s2_1.0280 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %44, %k.body ]
  %s2_0.0279 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %37, %k.body ]
  %20 = or disjoint i64 %k.0287, %18
  %21 = getelementptr inbounds float, ptr %x, i64 %20
  %22 = load float, ptr %21, align 4
  %23 = or disjoint i64 %20, 2
  %24 = getelementptr inbounds float, ptr %x, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = or disjoint i64 %20, 4
  %27 = getelementptr inbounds float, ptr %x, i64 %26
  %28 = load float, ptr %27, align 4
  %29 = or disjoint i64 %20, 6
  %30 = getelementptr inbounds float, ptr %x, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = or disjoint i64 %k.0287, %2
  %33 = getelementptr inbounds float, ptr %ws, i64 %32
  %34 = load float, ptr %33, align 4
  %35 = tail call float @llvm.fmuladd.f32(float %22, float %34, float %s0_0.0295)
  %36 = tail call float @llvm.fmuladd.f32(float %25, float %34, float %s1_0.0291)
  %37 = tail call float @llvm.fmuladd.f32(float %28, float %34, float %s2_0.0279)
  %38 = tail call float @llvm.fmuladd.f32(float %31, float %34, float %s3_0.0283)
  %39 = or disjoint i64 %32, 2
  %40 = getelementptr inbounds float, ptr %ws, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = tail call float @llvm.fmuladd.f32(float %22, float %41, float %s0_1.0294)
  %43 = tail call float @llvm.fmuladd.f32(float %25, float %41, float %s1_1.0290)
  %44 = tail call float @llvm.fmuladd.f32(float %28, float %41, float %s2_1.0280)
  %45 = tail call float @llvm.fmuladd.f32(float %31, float %41, float %s3_1.0284)
  %46 = or disjoint i64 %32, 4
  %47 = getelementptr inbounds float, ptr %ws, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = tail call float @llvm.fmuladd.f32(float %22, float %48, float %s0_2.0293)
  %50 = tail call float @llvm.fmuladd.f32(float %25, float %48, float %s1_2.0289)
  %51 = tail call float @llvm.fmuladd.f32(float %28, float %48, float %s2_2.0281)
  %52 = tail call float @llvm.fmuladd.f32(float %31, float %48, float %s3_2.0285)
  %53 = or disjoint i64 %32, 6
  %54 = getelementptr inbounds float, ptr %ws, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = tail call float @llvm.fmuladd.f32(float %22, float %55, float %s0_3.0292)
  %57 = tail call float @llvm.fmuladd.f32(float %25, float %55, float %s1_3.0288)
  %58 = tail call float @llvm.fmuladd.f32(float %28, float %55, float %s2_3.0282)
  %59 = tail call float @llvm.fmuladd.f32(float %31, float %55, float %s3_3.0286)
  br i1 %19, label %k.body, label %k.end

k.end:                                            ; preds = %k.body
  %60 = shl nuw nsw i64 %i0.0296, 3
  %61 = or disjoint i64 %60, %j0.0303
  %62 = getelementptr inbounds float, ptr %h, i64 %61
  %63 = load float, ptr %3, align 16
  %64 = fadd float %35, %63
  %65 = tail call float @tanhf(float %64)
  store float %65, ptr %62, align 16
  %66 = or disjoint i64 %60, %4
  %67 = getelementptr inbounds float, ptr %h, i64 %66
  %68 = load float, ptr %5, align 4
  %69 = fadd float %42, %68
  %70 = tail call float @tanhf(float %69)
  store float %70, ptr %67, align 4
  %71 = or disjoint i64 %60, %6
  %72 = getelementptr inbounds float, ptr %h, i64 %71
  %73 = load float, ptr %7, align 8
  %74 = fadd float %49, %73
  %75 = tail call float @tanhf(float %74)
  store float %75, ptr %72, align 8
  %76 = or disjoint i64 %60, %8
  %77 = getelementptr inbounds float, ptr %h, i64 %76
  %78 = load float, ptr %9, align 4
  %79 = fadd float %56, %78
  %80 = tail call float @tanhf(float %79)
  store float %80, ptr %77, align 4
  %81 = or disjoint i64 %60, 8
  %82 = or disjoint i64 %81, %j0.0303
  %83 = getelementptr inbounds float, ptr %h, i64 %82
  %84 = load float, ptr %3, align 16
  %85 = fadd float %36, %84
  %86 = tail call float @tanhf(float %85)
  store float %86, ptr %83, align 16
  %87 = or disjoint i64 %81, %4
  %88 = getelementptr inbounds float, ptr %h, i64 %87
  %89 = load float, ptr %5, align 4
  %90 = fadd float %43, %89
  %91 = tail call float @tanhf(float %90)
  store float %91, ptr %88, align 4
  %92 = or disjoint i64 %81, %6
  %93 = getelementptr inbounds float, ptr %h, i64 %92
  %94 = load float, ptr %7, align 8
  %95 = fadd float %50, %94
  %96 = tail call float @tanhf(float %95)
  store float %96, ptr %93, align 8
  %97 = or disjoint i64 %81, %8
  %98 = getelementptr inbounds float, ptr %h, i64 %97
  %99 = load float, ptr %9, align 4
  %100 = fadd float %57, %99
  %101 = tail call float @tanhf(float %100)
  store float %101, ptr %98, align 4
  %102 = or disjoint i64 %60, 16
  %103 = or disjoint i64 %102, %j0.0303
  %104 = getelementptr inbounds float, ptr %h, i64 %103
  %105 = load float, ptr %3, align 16
  %106 = fadd float %37, %105
  %107 = tail call float @tanhf(float %106)
  store float %107, ptr %104, align 16
  %108 = or disjoint i64 %102, %4
  %109 = getelementptr inbounds float, ptr %h, i64 %108
  %110 = load float, ptr %5, align 4
  %111 = fadd float %44, %110
  %112 = tail call float @tanhf(float %111)
  store float %112, ptr %109, align 4
  %113 = or disjoint i64 %102, %6
  %114 = getelementptr inbounds float, ptr %h, i64 %113
  %115 = load float, ptr %7, align 8
  %116 = fadd float %51, %115
  %117 = tail call float @tanhf(float %116)
  store float %117, ptr %114, align 8
  %118 = or disjoint i64 %102, %8
  %119 = getelementptr inbounds float, ptr %h, i64 %118
  %120 = load float, ptr %9, align 4
  %121 = fadd float %58, %120
  %122 = tail call float @tanhf(float %121)
  store float %122, ptr %119, align 4
  %123 = or disjoint i64 %60, 24
  %124 = or disjoint i64 %123, %j0.0303
  %125 = getelementptr inbounds float, ptr %h, i64 %124
  %126 = load float, ptr %3, align 16
  %127 = fadd float %38, %126
  %128 = tail call float @tanhf(float %127)
  store float %128, ptr %125, align 16
  %129 = or disjoint i64 %123, %4
  %130 = getelementptr inbounds float, ptr %h, i64 %129
  %131 = load float, ptr %5, align 4
  %132 = fadd float %45, %131
  %133 = tail call float @tanhf(float %132)
  store float %133, ptr %130, align 4
  %134 = or disjoint i64 %123, %6
  %135 = getelementptr inbounds float, ptr %h, i64 %134
  %136 = load float, ptr %7, align 8
  %137 = fadd float %52, %136
  %138 = tail call float @tanhf(float %137)
  store float %138, ptr %135, align 8
  %139 = or disjoint i64 %123, %8
  %140 = getelementptr inbounds float, ptr %h, i64 %139
  %141 = load float, ptr %9, align 4
  %142 = fadd float %59, %141
  %143 = tail call float @tanhf(float %142)
  store float %143, ptr %140, align 4
  %144 = add nuw nsw i64 %i0.0296, 4
  %145 = icmp ult i64 %144, %0
  br i1 %145, label %k.cond.preheader, label %i.cond.preheader

k.cond10.preheader:                               ; preds = %k.cond10.preheader.lr.ph, %k.end13
  %i.0302 = phi i64 [ %0, %k.cond10.preheader.lr.ph ], [ %184, %k.end13 ]
  %.idx = shl nsw i64 %i.0302, 3
  %invariant.gep = getelementptr i8, ptr %x, i64 %.idx
  br label %k.body11

i.end:                                            ; preds = %k.end13, %i.cond.preheader
  br i1 %1, label %i0.cond.preheader, label %i0.cond18.preheader

k.body11:                                         ; preds = %k.cond10.preheader, %k.body11
  %146 = phi i1 [ true, %k.cond10.preheader ], [ false, %k.body11 ]
  %k9.0301 = phi i64 [ 0, %k.cond10.preheader ], [ 1, %k.body11 ]
  %s0_38.0300 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %163, %k.body11 ]
  %s0_27.0299 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %159, %k.body11 ]
  %s0_16.0298 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %155, %k.body11 ]
  %s0_05.0297 = phi float [ 0.000000e+00, %k.cond10.preheader ], [ %151, %k.body11 ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %k9.0301
  %147 = load float, ptr %gep, align 4
  %148 = or disjoint i64 %k9.0301, %10
  %149 = getelementptr inbounds float, ptr %ws, i64 %148
  %150 = load float, ptr %149, align 4
  %151 = tail call float @llvm.fmuladd.f32(float %147, float %150, float %s0_05.0297)
  %152 = or disjoint i64 %148, 2
  %153 = getelementptr inbounds float, ptr %ws, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = tail call float @llvm.fmuladd.f32(float %147, float %154, float %s0_16.0298)
  %156 = or disjoint i64 %148, 4
  %157 = getelementptr inbounds float, ptr %ws, i64 %156
  %158 = load float, ptr %157, align 4
  %159 = tail call float @llvm.fmuladd.f32(float %147, float %158, float %s0_27.0299)
  %160 = or disjoint i64 %148, 6
  %161 = getelementptr inbounds float, ptr %ws, i64 %160
  %162 = load float, ptr %161, align 4
  %163 = tail call float @llvm.fmuladd.f32(float %147, float %162, float %s0_38.0300)
  br i1 %146, label %k.body11, label %k.end13

k.end13:                                          ; preds = %k.body11
  %164 = or disjoint i64 %.idx, %j0.0303
  %165 = getelementptr inbounds float, ptr %h, i64 %164
  %166 = load float, ptr %11, align 16
  %167 = fadd float %151, %166
  %168 = tail call float @tanhf(float %167)
  store float %168, ptr %165, align 16
  %169 = or disjoint i64 %.idx, %12
  %170 = getelementptr inbounds float, ptr %h, i64 %169
  %171 = load float, ptr %13, align 4
  %172 = fadd float %155, %171
  %173 = tail call float @tanhf(float %172)
  store float %173, ptr %170, align 4
  %174 = or disjoint i64 %.idx, %14
  %175 = getelementptr inbounds float, ptr %h, i64 %174
  %176 = load float, ptr %15, align 8
  %177 = fadd float %159, %176
  %178 = tail call float @tanhf(float %177)
  store float %178, ptr %175, align 8
  %179 = or disjoint i64 %.idx, %16
  %180 = getelementptr inbounds float, ptr %h, i64 %179
  %181 = load float, ptr %17, align 4
  %182 = fadd float %163, %181
  %183 = tail call float @tanhf(float %182)
  store float %183, ptr %180, align 4
  %184 = add nuw nsw i64 %i.0302, 1
  %185 = icmp ult i64 %184, %n
  br i1 %185, label %k.cond10.preheader, label %i.end

k.cond28.preheader:                               ; preds = %i0.cond18.preheader, %k.end31
  %i017.0309 = phi i64 [ %220, %k.end31 ], [ 0, %i0.cond18.preheader ]
  %186 = shl nuw nsw i64 %i017.0309, 3
  br label %k.body29

i.cond38.preheader:                               ; preds = %k.end31, %i0.cond18.preheader
  br i1 %.not320, label %i.cond52.preheader, label %k.cond45.preheader

k.body29:                                         ; preds = %k.cond28.preheader, %k.body29
  %k27.0308 = phi i64 [ 0, %k.cond28.preheader ], [ %205, %k.body29 ]
  %s3_026.0307 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %204, %k.body29 ]
  %s2_025.0306 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %203, %k.body29 ]
  %s1_024.0305 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %202, %k.body29 ]
  %s0_023.0304 = phi float [ 0.000000e+00, %k.cond28.preheader ], [ %201, %k.body29 ]
  %187 = add nuw nsw i64 %k27.0308, %186
  %188 = getelementptr inbounds float, ptr %h, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = or disjoint i64 %187, 8
  %191 = getelementptr inbounds float, ptr %h, i64 %190
  %192 = load float, ptr %191, align 4
  %193 = or disjoint i64 %187, 16
  %194 = getelementptr inbounds float, ptr %h, i64 %193
  %195 = load float, ptr %194, align 4
  %196 = or disjoint i64 %187, 24
  %197 = getelementptr inbounds float, ptr %h, i64 %196
  %198 = load float, ptr %197, align 4
  %199 = getelementptr inbounds float, ptr %y_weight, i64 %k27.0308
  %200 = load float, ptr %199, align 4
  %201 = tail call float @llvm.fmuladd.f32(float %189, float %200, float %s0_023.0304)
  %202 = tail call float @llvm.fmuladd.f32(float %192, float %200, float %s1_024.0305)
  %203 = tail call float @llvm.fmuladd.f32(float %195, float %200, float %s2_025.0306)
  %204 = tail call float @llvm.fmuladd.f32(float %198, float %200, float %s3_026.0307)
  %205 = add nuw nsw i64 %k27.0308, 1
  %exitcond.not = icmp eq i64 %205, 8
  br i1 %exitcond.not, label %k.end31, label %k.body29

k.end31:                                          ; preds = %k.body29
  %206 = getelementptr inbounds float, ptr %y_pre, i64 %i017.0309
  %207 = load float, ptr %y_bias, align 64
  %208 = fadd float %201, %207
  store float %208, ptr %206, align 16
  %209 = or disjoint i64 %i017.0309, 1
  %210 = getelementptr inbounds float, ptr %y_pre, i64 %209
  %211 = fadd float %202, %207
  store float %211, ptr %210, align 4
  %212 = or disjoint i64 %i017.0309, 2
  %213 = getelementptr inbounds float, ptr %y_pre, i64 %212
  %214 = load float, ptr %y_bias, align 64
  %215 = fadd float %203, %214
  store float %215, ptr %213, align 8
  %216 = or disjoint i64 %i017.0309, 3
  %217 = getelementptr inbounds float, ptr %y_pre, i64 %216
  %218 = load float, ptr %y_bias, align 64
  %219 = fadd float %204, %218
  store float %219, ptr %217, align 4
  %220 = add nuw nsw i64 %i017.0309, 4
  %221 = icmp ult i64 %220, %0
  br i1 %221, label %k.cond28.preheader, label %i.cond38.preheader

k.cond45.preheader:                               ; preds = %i.cond38.preheader, %k.end48
  %i37.0312 = phi i64 [ %240, %k.end48 ], [ %0, %i.cond38.preheader ]
  %.idx323 = shl nsw i64 %i37.0312, 5
  %invariant.gep384 = getelementptr i8, ptr %h, i64 %.idx323
  br label %k.body46

i.cond52.preheader:                               ; preds = %k.end48, %i.cond38.preheader
  %.not324 = icmp eq i64 %n, 0
  br i1 %.not324, label %i.end61.thread, label %i.body53.preheader

i.body53.preheader:                               ; preds = %i.cond52.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body53.preheader442, label %vector.ph

i.body53.preheader442:                            ; preds = %middle.block, %i.body53.preheader
  %i51.0313.ph = phi i64 [ 0, %i.body53.preheader ], [ %n.vec, %middle.block ]
  br label %i.body53

vector.ph:                                        ; preds = %i.body53.preheader
  %n.vec = and i64 %n, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %222 = getelementptr inbounds float, ptr %y, i64 %index
  %223 = getelementptr inbounds float, ptr %y_pre, i64 %index
  %wide.load = load <8 x float>, ptr %223, align 32
  %224 = fneg <8 x float> %wide.load
  %225 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %224)
  %226 = fadd <8 x float> %225, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %227 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %226
  store <8 x float> %227, ptr %222, align 32
  %index.next = add nuw i64 %index, 8
  %228 = icmp eq i64 %index.next, %n.vec
  br i1 %228, label %middle.block, label %vector.body, !llvm.loop !18

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.body59.preheader, label %i.body53.preheader442

i.end61.thread:                                   ; preds = %i.cond52.preheader
  %229 = uitofp nneg i64 %n to float
  %230 = fdiv float 1.000000e+00, %229
  %231 = fmul float %230, 0.000000e+00
  store float %231, ptr %loss, align 64
  br label %i.end67

k.body46:                                         ; preds = %k.cond45.preheader, %k.body46
  %k44.0311 = phi i64 [ 0, %k.cond45.preheader ], [ %236, %k.body46 ]
  %s0_043.0310 = phi float [ 0.000000e+00, %k.cond45.preheader ], [ %235, %k.body46 ]
  %gep385 = getelementptr float, ptr %invariant.gep384, i64 %k44.0311
  %232 = load float, ptr %gep385, align 4
  %233 = getelementptr inbounds float, ptr %y_weight, i64 %k44.0311
  %234 = load float, ptr %233, align 4
  %235 = tail call float @llvm.fmuladd.f32(float %232, float %234, float %s0_043.0310)
  %236 = add nuw nsw i64 %k44.0311, 1
  %exitcond353.not = icmp eq i64 %236, 8
  br i1 %exitcond353.not, label %k.end48, label %k.body46

k.end48:                                          ; preds = %k.body46
  %237 = getelementptr inbounds float, ptr %y_pre, i64 %i37.0312
  %238 = load float, ptr %y_bias, align 64
  %239 = fadd float %235, %238
  store float %239, ptr %237, align 4
  %240 = add nuw nsw i64 %i37.0312, 1
  %241 = icmp ult i64 %240, %n
  br i1 %241, label %k.cond45.preheader, label %i.cond52.preheader

i.body53:                                         ; preds = %i.body53.preheader442, %i.body53
  %i51.0313 = phi i64 [ %249, %i.body53 ], [ %i51.0313.ph, %i.body53.preheader442 ]
  %242 = getelementptr inbounds float, ptr %y, i64 %i51.0313
  %243 = getelementptr inbounds float, ptr %y_pre, i64 %i51.0313
  %244 = load float, ptr %243, align 4
  %245 = fneg float %244
  %246 = tail call float @llvm.exp.f32(float %245)
  %247 = fadd float %246, 1.000000e+00
  %248 = fdiv float 1.000000e+00, %247
  store float %248, ptr %242, align 4
  %249 = add nuw nsw i64 %i51.0313, 1
  %exitcond354.not = icmp eq i64 %249, %n
  br i1 %exitcond354.not, label %i.body59.preheader, label %i.body53, !llvm.loop !19

i.body59.preheader:                               ; preds = %i.body53, %middle.block
  br label %i.body59

i.body59:                                         ; preds = %i.body59.preheader, %i.body59
  %i57.0315 = phi i64 [ %263, %i.body59 ], [ 0, %i.body59.preheader ]
  %sum.0314 = phi float [ %262, %i.body59 ], [ 0.000000e+00, %i.body59.preheader ]
  %250 = getelementptr inbounds float, ptr %y_pre, i64 %i57.0315
  %251 = load float, ptr %250, align 4
  %252 = tail call float @llvm.maxnum.f32(float %251, float 0.000000e+00)
  %253 = getelementptr inbounds float, ptr %target, i64 %i57.0315
  %254 = load float, ptr %253, align 4
  %255 = fmul float %251, %254
  %256 = fsub float %252, %255
  %257 = tail call float @llvm.fabs.f32(float %251)
  %258 = fneg float %257
  %259 = tail call float @llvm.exp.f32(float %258)
  %260 = tail call float @log1pf(float %259)
  %261 = fadd float %260, %256
  %262 = fadd reassoc float %sum.0314, %261
  %263 = add nuw nsw i64 %i57.0315, 1
  %exitcond355.not = icmp eq i64 %263, %n
  br i1 %exitcond355.not, label %i.body65.preheader, label %i.body59

i.body65.preheader:                               ; preds = %i.body59
  %264 = uitofp i64 %n to float
  %265 = fdiv float 1.000000e+00, %264
  %266 = fmul float %265, %262
  store float %266, ptr %loss, align 64
  %min.iters.check414 = icmp ult i64 %n, 32
  br i1 %min.iters.check414, label %i.body65.preheader436, label %vector.ph415

vector.ph415:                                     ; preds = %i.body65.preheader
  %n.vec417 = and i64 %n, -32
  br label %vector.body419

vector.body419:                                   ; preds = %vector.body419, %vector.ph415
  %index420 = phi i64 [ 0, %vector.ph415 ], [ %index.next432, %vector.body419 ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph415 ], [ %291, %vector.body419 ]
  %vec.phi421 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph415 ], [ %292, %vector.body419 ]
  %vec.phi422 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph415 ], [ %293, %vector.body419 ]
  %vec.phi423 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph415 ], [ %294, %vector.body419 ]
  %267 = getelementptr inbounds float, ptr %y, i64 %index420
  %268 = getelementptr inbounds i8, ptr %267, i64 32
  %269 = getelementptr inbounds i8, ptr %267, i64 64
  %270 = getelementptr inbounds i8, ptr %267, i64 96
  %wide.load424 = load <8 x float>, ptr %267, align 64
  %wide.load425 = load <8 x float>, ptr %268, align 32
  %wide.load426 = load <8 x float>, ptr %269, align 64
  %wide.load427 = load <8 x float>, ptr %270, align 32
  %271 = fcmp ogt <8 x float> %wide.load424, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %272 = fcmp ogt <8 x float> %wide.load425, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %273 = fcmp ogt <8 x float> %wide.load426, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %274 = fcmp ogt <8 x float> %wide.load427, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %275 = getelementptr inbounds float, ptr %target, i64 %index420
  %276 = getelementptr inbounds i8, ptr %275, i64 32
  %277 = getelementptr inbounds i8, ptr %275, i64 64
  %278 = getelementptr inbounds i8, ptr %275, i64 96
  %wide.load428 = load <8 x float>, ptr %275, align 4
  %wide.load429 = load <8 x float>, ptr %276, align 4
  %wide.load430 = load <8 x float>, ptr %277, align 4
  %wide.load431 = load <8 x float>, ptr %278, align 4
  %279 = fcmp ule <8 x float> %wide.load428, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %280 = fcmp ule <8 x float> %wide.load429, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %281 = fcmp ule <8 x float> %wide.load430, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %282 = fcmp ule <8 x float> %wide.load431, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %283 = xor <8 x i1> %271, %279
  %284 = xor <8 x i1> %272, %280
  %285 = xor <8 x i1> %273, %281
  %286 = xor <8 x i1> %274, %282
  %287 = select <8 x i1> %283, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %288 = select <8 x i1> %284, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %289 = select <8 x i1> %285, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %290 = select <8 x i1> %286, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %291 = fadd reassoc <8 x float> %vec.phi, %287
  %292 = fadd reassoc <8 x float> %vec.phi421, %288
  %293 = fadd reassoc <8 x float> %vec.phi422, %289
  %294 = fadd reassoc <8 x float> %vec.phi423, %290
  %index.next432 = add nuw i64 %index420, 32
  %295 = icmp eq i64 %index.next432, %n.vec417
  br i1 %295, label %middle.block412, label %vector.body419, !llvm.loop !20

middle.block412:                                  ; preds = %vector.body419
  %bin.rdx = fadd reassoc <8 x float> %292, %291
  %bin.rdx433 = fadd reassoc <8 x float> %293, %bin.rdx
  %bin.rdx434 = fadd reassoc <8 x float> %294, %bin.rdx433
  %296 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx434)
  %cmp.n435 = icmp eq i64 %n.vec417, %n
  br i1 %cmp.n435, label %i.end67, label %i.body65.preheader436

i.body65.preheader436:                            ; preds = %middle.block412, %i.body65.preheader
  %i63.0318.ph = phi i64 [ 0, %i.body65.preheader ], [ %n.vec417, %middle.block412 ]
  %hits.0317.ph = phi float [ 0.000000e+00, %i.body65.preheader ], [ %296, %middle.block412 ]
  br label %i.body65

i.body65:                                         ; preds = %i.body65.preheader436, %i.body65
  %i63.0318 = phi i64 [ %306, %i.body65 ], [ %i63.0318.ph, %i.body65.preheader436 ]
  %hits.0317 = phi float [ %305, %i.body65 ], [ %hits.0317.ph, %i.body65.preheader436 ]
  %297 = getelementptr inbounds float, ptr %y, i64 %i63.0318
  %298 = load float, ptr %297, align 4
  %299 = fcmp ogt float %298, 5.000000e-01
  %300 = getelementptr inbounds float, ptr %target, i64 %i63.0318
  %301 = load float, ptr %300, align 4
  %302 = fcmp ule float %301, 5.000000e-01
  %303 = xor i1 %299, %302
  %304 = select i1 %303, float 1.000000e+00, float 0.000000e+00
  %305 = fadd reassoc float %hits.0317, %304
  %306 = add nuw nsw i64 %i63.0318, 1
  %exitcond356.not = icmp eq i64 %306, %n
  br i1 %exitcond356.not, label %i.end67, label %i.body65, !llvm.loop !21

i.end67:                                          ; preds = %i.body65, %middle.block412, %i.end61.thread
  %hits.0.lcssa = phi float [ 0.000000e+00, %i.end61.thread ], [ %296, %middle.block412 ], [ %305, %i.body65 ]
  store float %hits.0.lcssa, ptr %correct, align 4
  %307 = load float, ptr %loss, align 64
  ret float %307
}

; Function Attrs: nounwind
define ptr @xor_create(i64 %0) local_unnamed_addr #4 {
entry:
  %1 = tail call ptr @nnrt_model_create(ptr nonnull @xor_desc, i64 %0) #4
  ret ptr %1
}

declare ptr @nnrt_model_create(ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define void @xor_destroy(ptr %0) local_unnamed_addr #4 {
entry:
  tail call void @nnrt_model_destroy(ptr %0) #4
  ret void
}

declare void @nnrt_model_destroy(ptr) local_unnamed_addr

; Function Attrs: nounwind
define void @xor_predict(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #4 {
entry:
  %4 = tail call i32 @nnrt_predict(ptr %0, ptr %1, ptr %2, i64 %3) #4
  ret void
}

declare i32 @nnrt_predict(ptr, ptr, ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define float @xor_train_batch(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #4 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %4 = call i32 @nnrt_train_batch(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss) #4
  %5 = icmp eq i32 %4, 0
  %6 = load float, ptr %loss, align 4
  %7 = select i1 %5, float %6, float 0x7FF8000000000000
  ret float %7
}

declare i32 @nnrt_train_batch(ptr, ptr, ptr, i64, ptr) local_unnamed_addr

; Function Attrs: nounwind
define float @xor_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr %4) local_unnamed_addr #4 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %5 = call i32 @nnrt_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss, ptr %4) #4
  %6 = icmp eq i32 %5, 0
  %7 = load float, ptr %loss, align 4
  %8 = select i1 %6, float %7, float 0x7FF8000000000000
  ret float %8
}

declare i32 @nnrt_evaluate(ptr, ptr, ptr, i64, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_fit(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 {
entry:
  %3 = tail call i32 @nnrt_fit(ptr %0, ptr %1, ptr %2) #4
  ret i32 %3
}

declare i32 @nnrt_fit(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_save(ptr %0, ptr %1) local_unnamed_addr #4 {
entry:
  %2 = tail call i32 @nnrt_save(ptr %0, ptr %1) #4
  ret i32 %2
}

declare i32 @nnrt_save(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @xor_load(ptr %0, ptr %1) local_unnamed_addr #4 {
entry:
  %2 = tail call i32 @nnrt_load(ptr %0, ptr %1) #4
  ret i32 %2
}

declare i32 @nnrt_load(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @xor_param_count() local_unnamed_addr #5 {
entry:
  ret i64 33
}

; Function Attrs: nounwind
define ptr @xor_param(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 {
entry:
  %3 = tail call ptr @nnrt_param(ptr %0, ptr %1, ptr %2) #4
  ret ptr %3
}

declare ptr @nnrt_param(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define ptr @xor_grad(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 {
entry:
  %3 = tail call ptr @nnrt_grad(ptr %0, ptr %1, ptr %2) #4
  ret ptr %3
}

declare ptr @nnrt_grad(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #6

attributes #0 = { nofree nounwind memory(write, argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree nounwind willreturn memory(write) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1, !2}
!5 = distinct !{!5, !2, !1}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !2, !1}
!8 = !{!9}
!9 = distinct !{!9, !10}
!10 = distinct !{!10, !"LVerDomain"}
!11 = !{!12}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !1}
!15 = distinct !{!15, !1, !2}
!16 = distinct !{!16, !2, !1}
!17 = distinct !{!17, !1, !2}
!18 = distinct !{!18, !1, !2}
!19 = distinct !{!19, !2, !1}
!20 = distinct !{!20, !1, !2}
!21 = distinct !{!21, !2, !1}
