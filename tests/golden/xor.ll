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
@xor_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 2, i64 1, i64 4, i64 384, ptr @xor_tensors, i64 17, i64 33, i32 3, i32 500, double 0.000000e+00, i32 0, i64 1, ptr null, ptr @xor_forward, ptr @xor_train_step, ptr @xor_eval_batch }

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal void @xor_forward(ptr nocapture align 64 %ws, ptr nocapture readonly %x, ptr nocapture writeonly %y, i64 %n) #0 {
entry:
  %ws82 = ptrtoint ptr %ws to i64
  %y81 = ptrtoint ptr %y to i64
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1216
  %.not = icmp eq i64 %n, 0
  br i1 %.not, label %i.end27, label %j.cond.preheader

j.cond.preheader:                                 ; preds = %entry, %j.end
  %i.057 = phi i64 [ %1, %j.end ], [ 0, %entry ]
  %.idx = shl nsw i64 %i.057, 3
  %invariant.gep = getelementptr inbounds i8, ptr %x, i64 %.idx
  %.idx63 = shl nsw i64 %i.057, 5
  %invariant.gep75 = getelementptr inbounds i8, ptr %h, i64 %.idx63
  br label %k.cond.preheader

k.cond18.preheader.lr.ph:                         ; preds = %j.end
  %0 = load float, ptr %y_bias, align 64
  %wide.load80 = load <8 x float>, ptr %y_weight, align 64
  br label %k.cond18.preheader

k.cond.preheader:                                 ; preds = %j.cond.preheader, %k.end
  %j.056 = phi i64 [ 0, %j.cond.preheader ], [ %11, %k.end ]
  %.idx62 = shl nsw i64 %j.056, 3
  %invariant.gep73 = getelementptr inbounds i8, ptr %ws, i64 %.idx62
  br label %k.body

j.end:                                            ; preds = %k.end
  %1 = add nuw nsw i64 %i.057, 1
  %exitcond68.not = icmp eq i64 %1, %n
  br i1 %exitcond68.not, label %k.cond18.preheader.lr.ph, label %j.cond.preheader

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %2 = phi i1 [ true, %k.cond.preheader ], [ false, %k.body ]
  %k.055 = phi i64 [ 0, %k.cond.preheader ], [ 1, %k.body ]
  %acc.054 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %6, %k.body ]
  %gep = getelementptr inbounds float, ptr %invariant.gep, i64 %k.055
  %3 = load float, ptr %gep, align 4
  %gep74 = getelementptr inbounds float, ptr %invariant.gep73, i64 %k.055
  %4 = load float, ptr %gep74, align 4
  %5 = fmul float %3, %4
  %6 = fadd reassoc float %acc.054, %5
  br i1 %2, label %k.body, label %k.end

k.end:                                            ; preds = %k.body
  %gep76 = getelementptr inbounds float, ptr %invariant.gep75, i64 %j.056
  %7 = getelementptr inbounds float, ptr %h_bias, i64 %j.056
  %8 = load float, ptr %7, align 4
  %9 = fadd float %6, %8
  %10 = tail call float @tanhf(float %9)
  store float %10, ptr %gep76, align 4
  %11 = add nuw nsw i64 %j.056, 1
  %exitcond.not = icmp eq i64 %11, 8
  br i1 %exitcond.not, label %j.end, label %k.cond.preheader

k.cond18.preheader:                               ; preds = %k.cond18.preheader.lr.ph, %k.cond18.preheader
  %i4.060 = phi i64 [ 0, %k.cond18.preheader.lr.ph ], [ %17, %k.cond18.preheader ]
  %.idx65 = shl nsw i64 %i4.060, 5
  %invariant.gep77 = getelementptr inbounds i8, ptr %h, i64 %.idx65
  %wide.load = load <8 x float>, ptr %invariant.gep77, align 32
  %12 = fmul <8 x float> %wide.load, %wide.load80
  %13 = fadd reassoc <8 x float> %12, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %14 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %13)
  %15 = getelementptr inbounds float, ptr %y_pre, i64 %i4.060
  %16 = fadd float %14, %0
  store float %16, ptr %15, align 4
  %17 = add nuw nsw i64 %i4.060, 1
  %exitcond70.not = icmp eq i64 %17, %n
  br i1 %exitcond70.not, label %i.body25.preheader, label %k.cond18.preheader

i.body25.preheader:                               ; preds = %k.cond18.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body25.preheader91, label %vector.memcheck

vector.memcheck:                                  ; preds = %i.body25.preheader
  %18 = add i64 %y81, -1216
  %19 = sub i64 %18, %ws82
  %diff.check = icmp ult i64 %19, 32
  br i1 %diff.check, label %i.body25.preheader91, label %vector.ph85

vector.ph85:                                      ; preds = %vector.memcheck
  %n.vec = and i64 %n, -8
  br label %vector.body87

vector.body87:                                    ; preds = %vector.body87, %vector.ph85
  %index88 = phi i64 [ 0, %vector.ph85 ], [ %index.next90, %vector.body87 ]
  %20 = getelementptr inbounds float, ptr %y, i64 %index88
  %21 = getelementptr inbounds float, ptr %y_pre, i64 %index88
  %wide.load89 = load <8 x float>, ptr %21, align 32
  %22 = fneg <8 x float> %wide.load89
  %23 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %22)
  %24 = fadd <8 x float> %23, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %25 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %24
  store <8 x float> %25, ptr %20, align 4
  %index.next90 = add nuw i64 %index88, 8
  %26 = icmp eq i64 %index.next90, %n.vec
  br i1 %26, label %middle.block83, label %vector.body87, !llvm.loop !0

middle.block83:                                   ; preds = %vector.body87
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.end27, label %i.body25.preheader91

i.body25.preheader91:                             ; preds = %middle.block83, %vector.memcheck, %i.body25.preheader
  %i23.061.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body25.preheader ], [ %n.vec, %middle.block83 ]
  br label %i.body25

i.body25:                                         ; preds = %i.body25.preheader91, %i.body25
  %i23.061 = phi i64 [ %34, %i.body25 ], [ %i23.061.ph, %i.body25.preheader91 ]
  %27 = getelementptr inbounds float, ptr %y, i64 %i23.061
  %28 = getelementptr inbounds float, ptr %y_pre, i64 %i23.061
  %29 = load float, ptr %28, align 4
  %30 = fneg float %29
  %31 = tail call float @llvm.exp.f32(float %30)
  %32 = fadd float %31, 1.000000e+00
  %33 = fdiv float 1.000000e+00, %32
  store float %33, ptr %27, align 4
  %34 = add nuw nsw i64 %i23.061, 1
  %exitcond71.not = icmp eq i64 %34, %n
  br i1 %exitcond71.not, label %i.end27, label %i.body25, !llvm.loop !3

i.end27:                                          ; preds = %i.body25, %middle.block83, %entry
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @tanhf(float) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #2

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_train_step(ptr align 64 %ws, ptr nocapture readnone %rng, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n) #0 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %train_step = getelementptr inbounds i8, ptr %ws, i64 256
  %train_h_weight_exp_avg = getelementptr inbounds i8, ptr %ws, i64 320
  %train_h_weight_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 384
  %d_h_weight = getelementptr inbounds i8, ptr %ws, i64 832
  %d_h_bias = getelementptr inbounds i8, ptr %ws, i64 896
  %d_y_weight = getelementptr inbounds i8, ptr %ws, i64 960
  %d_y_bias = getelementptr inbounds i8, ptr %ws, i64 1024
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y_pre = getelementptr i8, ptr %ws, i64 1216
  %y = getelementptr inbounds i8, ptr %ws, i64 1344
  %loss = getelementptr inbounds i8, ptr %ws, i64 1408
  %d_y_pre = getelementptr inbounds i8, ptr %ws, i64 1472
  %.not = icmp eq i64 %n, 0
  br i1 %.not, label %k.cond110.preheader.preheader, label %j.cond.preheader

j.cond.preheader:                                 ; preds = %entry, %j.end
  %i.0288 = phi i64 [ %1, %j.end ], [ 0, %entry ]
  %.idx = shl nsw i64 %i.0288, 3
  %invariant.gep = getelementptr inbounds i8, ptr %x, i64 %.idx
  %.idx310 = shl nsw i64 %i.0288, 5
  %invariant.gep353 = getelementptr inbounds i8, ptr %h, i64 %.idx310
  br label %k.cond.preheader

k.cond18.preheader.lr.ph:                         ; preds = %j.end
  %0 = load float, ptr %y_bias, align 64
  %wide.load368 = load <8 x float>, ptr %y_weight, align 64
  br label %k.cond18.preheader

k.cond.preheader:                                 ; preds = %j.cond.preheader, %k.end
  %j.0287 = phi i64 [ 0, %j.cond.preheader ], [ %11, %k.end ]
  %.idx309 = shl nsw i64 %j.0287, 3
  %invariant.gep351 = getelementptr inbounds i8, ptr %ws, i64 %.idx309
  br label %k.body

j.end:                                            ; preds = %k.end
  %1 = add nuw nsw i64 %i.0288, 1
  %exitcond329.not = icmp eq i64 %1, %n
  br i1 %exitcond329.not, label %k.cond18.preheader.lr.ph, label %j.cond.preheader

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %acc.0286 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %6, %k.body ]
  %2 = phi i1 [ true, %k.cond.preheader ], [ false, %k.body ]
  %k.0285 = phi i64 [ 0, %k.cond.preheader ], [ 1, %k.body ]
  %gep = getelementptr inbounds float, ptr %invariant.gep, i64 %k.0285
  %3 = load float, ptr %gep, align 4
  %gep352 = getelementptr inbounds float, ptr %invariant.gep351, i64 %k.0285
  %4 = load float, ptr %gep352, align 4
  %5 = fmul float %3, %4
  %6 = fadd reassoc float %acc.0286, %5
  br i1 %2, label %k.body, label %k.end

k.end:                                            ; preds = %k.body
  %gep354 = getelementptr inbounds float, ptr %invariant.gep353, i64 %j.0287
  %7 = getelementptr inbounds float, ptr %h_bias, i64 %j.0287
  %8 = load float, ptr %7, align 4
  %9 = fadd float %6, %8
  %10 = tail call float @tanhf(float %9)
  store float %10, ptr %gep354, align 4
  %11 = add nuw nsw i64 %j.0287, 1
  %exitcond.not = icmp eq i64 %11, 8
  br i1 %exitcond.not, label %j.end, label %k.cond.preheader

k.cond18.preheader:                               ; preds = %k.cond18.preheader.lr.ph, %k.cond18.preheader
  %i4.0291 = phi i64 [ 0, %k.cond18.preheader.lr.ph ], [ %17, %k.cond18.preheader ]
  %.idx312 = shl nsw i64 %i4.0291, 5
  %invariant.gep355 = getelementptr inbounds i8, ptr %h, i64 %.idx312
  %wide.load = load <8 x float>, ptr %invariant.gep355, align 32
  %12 = fmul <8 x float> %wide.load, %wide.load368
  %13 = fadd reassoc <8 x float> %12, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %14 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %13)
  %15 = getelementptr inbounds float, ptr %y_pre, i64 %i4.0291
  %16 = fadd float %14, %0
  store float %16, ptr %15, align 4
  %17 = add nuw nsw i64 %i4.0291, 1
  %exitcond331.not = icmp eq i64 %17, %n
  br i1 %exitcond331.not, label %i.body25.preheader, label %k.cond18.preheader

i.body25.preheader:                               ; preds = %k.cond18.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body25.preheader438, label %vector.ph371

vector.ph371:                                     ; preds = %i.body25.preheader
  %n.vec = and i64 %n, -8
  br label %vector.body373

vector.body373:                                   ; preds = %vector.body373, %vector.ph371
  %index374 = phi i64 [ 0, %vector.ph371 ], [ %index.next376, %vector.body373 ]
  %18 = getelementptr inbounds float, ptr %y, i64 %index374
  %19 = getelementptr inbounds float, ptr %y_pre, i64 %index374
  %wide.load375 = load <8 x float>, ptr %19, align 32
  %20 = fneg <8 x float> %wide.load375
  %21 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %20)
  %22 = fadd <8 x float> %21, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %23 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %22
  store <8 x float> %23, ptr %18, align 32
  %index.next376 = add nuw i64 %index374, 8
  %24 = icmp eq i64 %index.next376, %n.vec
  br i1 %24, label %middle.block369, label %vector.body373, !llvm.loop !4

middle.block369:                                  ; preds = %vector.body373
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.body31.preheader, label %i.body25.preheader438

i.body25.preheader438:                            ; preds = %middle.block369, %i.body25.preheader
  %i23.0292.ph = phi i64 [ 0, %i.body25.preheader ], [ %n.vec, %middle.block369 ]
  br label %i.body25

i.body25:                                         ; preds = %i.body25.preheader438, %i.body25
  %i23.0292 = phi i64 [ %32, %i.body25 ], [ %i23.0292.ph, %i.body25.preheader438 ]
  %25 = getelementptr inbounds float, ptr %y, i64 %i23.0292
  %26 = getelementptr inbounds float, ptr %y_pre, i64 %i23.0292
  %27 = load float, ptr %26, align 4
  %28 = fneg float %27
  %29 = tail call float @llvm.exp.f32(float %28)
  %30 = fadd float %29, 1.000000e+00
  %31 = fdiv float 1.000000e+00, %30
  store float %31, ptr %25, align 4
  %32 = add nuw nsw i64 %i23.0292, 1
  %exitcond332.not = icmp eq i64 %32, %n
  br i1 %exitcond332.not, label %i.body31.preheader, label %i.body25, !llvm.loop !5

i.body31.preheader:                               ; preds = %i.body25, %middle.block369
  br label %i.body31

i.body31:                                         ; preds = %i.body31.preheader, %i.body31
  %sum.0294 = phi float [ %45, %i.body31 ], [ 0.000000e+00, %i.body31.preheader ]
  %i29.0293 = phi i64 [ %46, %i.body31 ], [ 0, %i.body31.preheader ]
  %33 = getelementptr inbounds float, ptr %y_pre, i64 %i29.0293
  %34 = load float, ptr %33, align 4
  %35 = tail call float @llvm.maxnum.f32(float %34, float 0.000000e+00)
  %36 = getelementptr inbounds float, ptr %target, i64 %i29.0293
  %37 = load float, ptr %36, align 4
  %38 = fmul float %34, %37
  %39 = fsub float %35, %38
  %40 = tail call float @llvm.fabs.f32(float %34)
  %41 = fneg float %40
  %42 = tail call float @llvm.exp.f32(float %41)
  %43 = tail call float @log1pf(float %42)
  %44 = fadd float %43, %39
  %45 = fadd reassoc float %sum.0294, %44
  %46 = add nuw nsw i64 %i29.0293, 1
  %exitcond333.not = icmp eq i64 %46, %n
  br i1 %exitcond333.not, label %i.body37.preheader, label %i.body31

i.body37.preheader:                               ; preds = %i.body31
  %47 = uitofp i64 %n to float
  %48 = fdiv float 1.000000e+00, %47
  %49 = fmul float %48, %45
  store float %49, ptr %loss, align 64
  %min.iters.check380 = icmp ult i64 %n, 8
  br i1 %min.iters.check380, label %i.body37.preheader436, label %vector.memcheck

i.body37.preheader436:                            ; preds = %middle.block378, %vector.memcheck, %i.body37.preheader
  %i35.0295.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body37.preheader ], [ %n.vec383, %middle.block378 ]
  br label %i.body37

vector.memcheck:                                  ; preds = %i.body37.preheader
  %50 = shl i64 %n, 2
  %51 = getelementptr i8, ptr %ws, i64 %50
  %scevgep = getelementptr i8, ptr %51, i64 1472
  %scevgep377 = getelementptr i8, ptr %target, i64 %50
  %bound0 = icmp ult ptr %y_pre, %scevgep377
  %bound1 = icmp ugt ptr %scevgep, %target
  %found.conflict = and i1 %bound0, %bound1
  br i1 %found.conflict, label %i.body37.preheader436, label %vector.ph381

vector.ph381:                                     ; preds = %vector.memcheck
  %n.vec383 = and i64 %n, -8
  %broadcast.splatinsert = insertelement <8 x float> poison, float %48, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body385

vector.body385:                                   ; preds = %vector.body385, %vector.ph381
  %index386 = phi i64 [ 0, %vector.ph381 ], [ %index.next389, %vector.body385 ]
  %52 = getelementptr inbounds float, ptr %d_y_pre, i64 %index386
  %53 = getelementptr inbounds float, ptr %y_pre, i64 %index386
  %wide.load387 = load <8 x float>, ptr %53, align 32, !alias.scope !6, !noalias !9
  %54 = fneg <8 x float> %wide.load387
  %55 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %54)
  %56 = fadd <8 x float> %55, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %57 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %56
  %58 = getelementptr inbounds float, ptr %target, i64 %index386
  %wide.load388 = load <8 x float>, ptr %58, align 4, !alias.scope !9
  %59 = fsub <8 x float> %57, %wide.load388
  %60 = fmul <8 x float> %broadcast.splat, %59
  store <8 x float> %60, ptr %52, align 32, !alias.scope !6, !noalias !9
  %index.next389 = add nuw i64 %index386, 8
  %61 = icmp eq i64 %index.next389, %n.vec383
  br i1 %61, label %middle.block378, label %vector.body385, !llvm.loop !11

middle.block378:                                  ; preds = %vector.body385
  %cmp.n390 = icmp eq i64 %n.vec383, %n
  br i1 %cmp.n390, label %j.body49.preheader, label %i.body37.preheader436

j.body49.preheader:                               ; preds = %i.body37, %middle.block378
  br label %j.body49

i.body37:                                         ; preds = %i.body37.preheader436, %i.body37
  %i35.0295 = phi i64 [ %73, %i.body37 ], [ %i35.0295.ph, %i.body37.preheader436 ]
  %62 = getelementptr inbounds float, ptr %d_y_pre, i64 %i35.0295
  %63 = getelementptr inbounds float, ptr %y_pre, i64 %i35.0295
  %64 = load float, ptr %63, align 4
  %65 = fneg float %64
  %66 = tail call float @llvm.exp.f32(float %65)
  %67 = fadd float %66, 1.000000e+00
  %68 = fdiv float 1.000000e+00, %67
  %69 = getelementptr inbounds float, ptr %target, i64 %i35.0295
  %70 = load float, ptr %69, align 4
  %71 = fsub float %68, %70
  %72 = fmul float %48, %71
  store float %72, ptr %62, align 4
  %73 = add nuw nsw i64 %i35.0295, 1
  %exitcond334.not = icmp eq i64 %73, %n
  br i1 %exitcond334.not, label %j.body49.preheader, label %i.body37, !llvm.loop !12

k.body61.preheader:                               ; preds = %j.body49
  store float %78, ptr %d_y_bias, align 64
  %74 = shl nuw nsw i64 %n, 5
  tail call void @llvm.memset.p0.i64(ptr nonnull align 64 %y_pre, i8 0, i64 %74, i1 false)
  br label %k.body61

j.body49:                                         ; preds = %j.body49.preheader, %j.body49
  %75 = phi float [ %78, %j.body49 ], [ 0.000000e+00, %j.body49.preheader ]
  %i41.0296 = phi i64 [ %79, %j.body49 ], [ 0, %j.body49.preheader ]
  %76 = getelementptr inbounds float, ptr %d_y_pre, i64 %i41.0296
  %77 = load float, ptr %76, align 4
  %78 = fadd float %75, %77
  %79 = add nuw nsw i64 %i41.0296, 1
  %exitcond335.not = icmp eq i64 %79, %n
  br i1 %exitcond335.not, label %k.body61.preheader, label %j.body49

k.body80.preheader:                               ; preds = %j.end70
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_y_weight, i8 0, i64 32, i1 false)
  br label %k.body80

k.body61:                                         ; preds = %k.body61.preheader, %j.end70
  %i53.0298 = phi i64 [ %88, %j.end70 ], [ 0, %k.body61.preheader ]
  %80 = getelementptr inbounds float, ptr %d_y_pre, i64 %i53.0298
  %81 = load float, ptr %80, align 4
  %.idx318 = shl nsw i64 %i53.0298, 5
  %invariant.gep357 = getelementptr inbounds i8, ptr %y_pre, i64 %.idx318
  br label %j.body68

j.body68:                                         ; preds = %k.body61, %j.body68
  %j66.0297 = phi i64 [ 0, %k.body61 ], [ %87, %j.body68 ]
  %gep358 = getelementptr inbounds float, ptr %invariant.gep357, i64 %j66.0297
  %82 = load float, ptr %gep358, align 4
  %83 = getelementptr inbounds float, ptr %y_weight, i64 %j66.0297
  %84 = load float, ptr %83, align 4
  %85 = fmul float %81, %84
  %86 = fadd float %82, %85
  store float %86, ptr %gep358, align 4
  %87 = add nuw nsw i64 %j66.0297, 1
  %exitcond336.not = icmp eq i64 %87, 8
  br i1 %exitcond336.not, label %j.end70, label %j.body68

j.end70:                                          ; preds = %j.body68
  %88 = add nuw nsw i64 %i53.0298, 1
  %exitcond337.not = icmp eq i64 %88, %n
  br i1 %exitcond337.not, label %k.body80.preheader, label %k.body61

k.body80:                                         ; preds = %k.body80.preheader, %j.end89
  %k78.0300 = phi i64 [ %97, %j.end89 ], [ 0, %k.body80.preheader ]
  %89 = getelementptr inbounds float, ptr %d_y_pre, i64 %k78.0300
  %90 = load float, ptr %89, align 4
  %.idx320 = shl nsw i64 %k78.0300, 5
  %invariant.gep359 = getelementptr inbounds i8, ptr %h, i64 %.idx320
  br label %j.body87

j.cond98.preheader.preheader:                     ; preds = %j.end89
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_h_bias, i8 0, i64 32, i1 false)
  br label %j.cond98.preheader

j.body87:                                         ; preds = %k.body80, %j.body87
  %j85.0299 = phi i64 [ 0, %k.body80 ], [ %96, %j.body87 ]
  %91 = getelementptr inbounds float, ptr %d_y_weight, i64 %j85.0299
  %92 = load float, ptr %91, align 4
  %gep360 = getelementptr inbounds float, ptr %invariant.gep359, i64 %j85.0299
  %93 = load float, ptr %gep360, align 4
  %94 = fmul float %90, %93
  %95 = fadd float %92, %94
  store float %95, ptr %91, align 4
  %96 = add nuw nsw i64 %j85.0299, 1
  %exitcond338.not = icmp eq i64 %96, 8
  br i1 %exitcond338.not, label %j.end89, label %j.body87

j.end89:                                          ; preds = %j.body87
  %97 = add nuw nsw i64 %k78.0300, 1
  %exitcond339.not = icmp eq i64 %97, %n
  br i1 %exitcond339.not, label %j.cond98.preheader.preheader, label %k.body80

j.cond98.preheader:                               ; preds = %j.cond98.preheader.preheader, %j.end101
  %i91.0302 = phi i64 [ %133, %j.end101 ], [ 0, %j.cond98.preheader.preheader ]
  %98 = shl nuw nsw i64 %i91.0302, 3
  br label %j.body99

k.cond110.preheader.us.preheader:                 ; preds = %j.end101
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(64) %d_h_weight, i8 0, i64 64, i1 false)
  br label %k.cond110.preheader.us

k.cond110.preheader.preheader:                    ; preds = %entry
  %99 = uitofp nneg i64 %n to float
  %100 = fdiv float 1.000000e+00, %99
  %101 = fmul float %100, 0.000000e+00
  store float %101, ptr %loss, align 64
  store i32 0, ptr %d_y_bias, align 64
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(32) %d_y_weight, i8 0, i64 32, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(96) %d_h_weight, i8 0, i64 96, i1 false)
  br label %i.end107

k.cond110.preheader.us:                           ; preds = %k.cond110.preheader.us.preheader, %k.cond110.k.end113_crit_edge.us
  %i103.0305.us = phi i64 [ %120, %k.cond110.k.end113_crit_edge.us ], [ 0, %k.cond110.preheader.us.preheader ]
  %.idx323 = shl nsw i64 %i103.0305.us, 3
  %invariant.gep361 = getelementptr inbounds i8, ptr %d_h_weight, i64 %.idx323
  %gep362.c = getelementptr inbounds i8, ptr %invariant.gep361, i64 4
  %invariant.gep361.promoted = load float, ptr %invariant.gep361, align 8
  %gep362.c.promoted = load float, ptr %gep362.c, align 4
  br label %k.body111.us

k.body111.us:                                     ; preds = %k.cond110.preheader.us, %k.body111.us
  %102 = phi float [ %gep362.c.promoted, %k.cond110.preheader.us ], [ %118, %k.body111.us ]
  %103 = phi float [ %invariant.gep361.promoted, %k.cond110.preheader.us ], [ %115, %k.body111.us ]
  %k109.0304.us = phi i64 [ 0, %k.cond110.preheader.us ], [ %119, %k.body111.us ]
  %104 = shl nsw i64 %k109.0304.us, 3
  %105 = add nuw nsw i64 %104, %i103.0305.us
  %106 = getelementptr inbounds float, ptr %y_pre, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %h, i64 %105
  %109 = load float, ptr %108, align 4
  %110 = fmul float %109, %109
  %111 = fsub float 1.000000e+00, %110
  %112 = fmul float %107, %111
  %invariant.gep363 = getelementptr inbounds i8, ptr %x, i64 %104
  %113 = load float, ptr %invariant.gep363, align 4
  %114 = fmul float %112, %113
  %115 = fadd float %103, %114
  store float %115, ptr %invariant.gep361, align 8
  %gep364.c = getelementptr inbounds i8, ptr %invariant.gep363, i64 4
  %116 = load float, ptr %gep364.c, align 4
  %117 = fmul float %112, %116
  %118 = fadd float %102, %117
  store float %118, ptr %gep362.c, align 4
  %119 = add nuw nsw i64 %k109.0304.us, 1
  %exitcond342.not = icmp eq i64 %119, %n
  br i1 %exitcond342.not, label %k.cond110.k.end113_crit_edge.us, label %k.body111.us

k.cond110.k.end113_crit_edge.us:                  ; preds = %k.body111.us
  %120 = add nuw nsw i64 %i103.0305.us, 1
  %exitcond343.not = icmp eq i64 %120, 8
  br i1 %exitcond343.not, label %i.end107, label %k.cond110.preheader.us

j.body99:                                         ; preds = %j.cond98.preheader, %j.body99
  %j97.0301 = phi i64 [ 0, %j.cond98.preheader ], [ %132, %j.body99 ]
  %121 = getelementptr inbounds float, ptr %d_h_bias, i64 %j97.0301
  %122 = load float, ptr %121, align 4
  %123 = add nuw nsw i64 %j97.0301, %98
  %124 = getelementptr inbounds float, ptr %y_pre, i64 %123
  %125 = load float, ptr %124, align 4
  %126 = getelementptr inbounds float, ptr %h, i64 %123
  %127 = load float, ptr %126, align 4
  %128 = fmul float %127, %127
  %129 = fsub float 1.000000e+00, %128
  %130 = fmul float %125, %129
  %131 = fadd float %122, %130
  store float %131, ptr %121, align 4
  %132 = add nuw nsw i64 %j97.0301, 1
  %exitcond340.not = icmp eq i64 %132, 8
  br i1 %exitcond340.not, label %j.end101, label %j.body99

j.end101:                                         ; preds = %j.body99
  %133 = add nuw nsw i64 %i91.0302, 1
  %exitcond341.not = icmp eq i64 %133, %n
  br i1 %exitcond341.not, label %k.cond110.preheader.us.preheader, label %j.cond98.preheader

i.end107:                                         ; preds = %k.cond110.k.end113_crit_edge.us, %k.cond110.preheader.preheader
  %134 = load float, ptr %train_step, align 64
  %135 = fadd float %134, 1.000000e+00
  store float %135, ptr %train_step, align 64
  %136 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %135)
  %137 = fsub float 1.000000e+00, %136
  %138 = tail call float @llvm.sqrt.f32(float %137)
  %139 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %135)
  %140 = fsub float 1.000000e+00, %139
  %141 = fdiv float 0x3FA99999A0000000, %140
  %broadcast.splatinsert401 = insertelement <8 x float> poison, float %141, i64 0
  %broadcast.splat402 = shufflevector <8 x float> %broadcast.splatinsert401, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert403 = insertelement <8 x float> poison, float %138, i64 0
  %broadcast.splat404 = shufflevector <8 x float> %broadcast.splatinsert403, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body395

vector.body395:                                   ; preds = %vector.body395, %i.end107
  %index396 = phi i64 [ 0, %i.end107 ], [ %index.next405, %vector.body395 ]
  %142 = getelementptr inbounds float, ptr %d_h_weight, i64 %index396
  %wide.load397 = load <8 x float>, ptr %142, align 32
  %143 = getelementptr inbounds float, ptr %train_h_weight_exp_avg, i64 %index396
  %wide.load398 = load <8 x float>, ptr %143, align 32
  %144 = fmul <8 x float> %wide.load398, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %145 = fmul <8 x float> %wide.load397, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %146 = fadd <8 x float> %145, %144
  store <8 x float> %146, ptr %143, align 32
  %147 = getelementptr inbounds float, ptr %train_h_weight_exp_avg_sq, i64 %index396
  %wide.load399 = load <8 x float>, ptr %147, align 32
  %148 = fmul <8 x float> %wide.load399, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %149 = fmul <8 x float> %wide.load397, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %150 = fmul <8 x float> %wide.load397, %149
  %151 = fadd <8 x float> %150, %148
  store <8 x float> %151, ptr %147, align 32
  %152 = getelementptr inbounds float, ptr %ws, i64 %index396
  %wide.load400 = load <8 x float>, ptr %152, align 32
  %153 = fmul <8 x float> %broadcast.splat402, %146
  %154 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %151)
  %155 = fdiv <8 x float> %154, %broadcast.splat404
  %156 = fadd <8 x float> %155, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %157 = fdiv <8 x float> %153, %156
  %158 = fsub <8 x float> %wide.load400, %157
  store <8 x float> %158, ptr %152, align 32
  %index.next405 = add nuw i64 %index396, 8
  %159 = icmp eq i64 %index.next405, 16
  br i1 %159, label %vector.ph408, label %vector.body395, !llvm.loop !13

vector.ph408:                                     ; preds = %vector.body395
  %train_y_weight_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 640
  %train_y_weight_exp_avg = getelementptr inbounds i8, ptr %ws, i64 576
  %train_h_bias_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 512
  %train_h_bias_exp_avg = getelementptr inbounds i8, ptr %ws, i64 448
  %160 = load float, ptr %train_step, align 64
  %161 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %160)
  %162 = fsub float 1.000000e+00, %161
  %163 = tail call float @llvm.sqrt.f32(float %162)
  %164 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %160)
  %165 = fsub float 1.000000e+00, %164
  %166 = fdiv float 0x3FA99999A0000000, %165
  %broadcast.splatinsert416 = insertelement <8 x float> poison, float %166, i64 0
  %broadcast.splat417 = shufflevector <8 x float> %broadcast.splatinsert416, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert418 = insertelement <8 x float> poison, float %163, i64 0
  %broadcast.splat419 = shufflevector <8 x float> %broadcast.splatinsert418, <8 x float> poison, <8 x i32> zeroinitializer
  %wide.load412 = load <8 x float>, ptr %d_h_bias, align 64
  %wide.load413 = load <8 x float>, ptr %train_h_bias_exp_avg, align 64
  %167 = fmul <8 x float> %wide.load413, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %168 = fmul <8 x float> %wide.load412, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %169 = fadd <8 x float> %168, %167
  store <8 x float> %169, ptr %train_h_bias_exp_avg, align 64
  %wide.load414 = load <8 x float>, ptr %train_h_bias_exp_avg_sq, align 64
  %170 = fmul <8 x float> %wide.load414, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %171 = fmul <8 x float> %wide.load412, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %172 = fmul <8 x float> %wide.load412, %171
  %173 = fadd <8 x float> %172, %170
  store <8 x float> %173, ptr %train_h_bias_exp_avg_sq, align 64
  %wide.load415 = load <8 x float>, ptr %h_bias, align 64
  %174 = fmul <8 x float> %broadcast.splat417, %169
  %175 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %173)
  %176 = fdiv <8 x float> %175, %broadcast.splat419
  %177 = fadd <8 x float> %176, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %178 = fdiv <8 x float> %174, %177
  %179 = fsub <8 x float> %wide.load415, %178
  store <8 x float> %179, ptr %h_bias, align 64
  %180 = load float, ptr %train_step, align 64
  %181 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %180)
  %182 = fsub float 1.000000e+00, %181
  %183 = tail call float @llvm.sqrt.f32(float %182)
  %184 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %180)
  %185 = fsub float 1.000000e+00, %184
  %186 = fdiv float 0x3FA99999A0000000, %185
  %broadcast.splatinsert431 = insertelement <8 x float> poison, float %186, i64 0
  %broadcast.splat432 = shufflevector <8 x float> %broadcast.splatinsert431, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert433 = insertelement <8 x float> poison, float %183, i64 0
  %broadcast.splat434 = shufflevector <8 x float> %broadcast.splatinsert433, <8 x float> poison, <8 x i32> zeroinitializer
  %wide.load427 = load <8 x float>, ptr %d_y_weight, align 64
  %wide.load428 = load <8 x float>, ptr %train_y_weight_exp_avg, align 64
  %187 = fmul <8 x float> %wide.load428, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %188 = fmul <8 x float> %wide.load427, <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>
  %189 = fadd <8 x float> %188, %187
  store <8 x float> %189, ptr %train_y_weight_exp_avg, align 64
  %wide.load429 = load <8 x float>, ptr %train_y_weight_exp_avg_sq, align 64
  %190 = fmul <8 x float> %wide.load429, <float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000, float 0x3FEFF7CEE0000000>
  %191 = fmul <8 x float> %wide.load427, <float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000, float 0x3F50624DE0000000>
  %192 = fmul <8 x float> %wide.load427, %191
  %193 = fadd <8 x float> %192, %190
  store <8 x float> %193, ptr %train_y_weight_exp_avg_sq, align 64
  %wide.load430 = load <8 x float>, ptr %y_weight, align 64
  %194 = fmul <8 x float> %broadcast.splat432, %189
  %195 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %193)
  %196 = fdiv <8 x float> %195, %broadcast.splat434
  %197 = fadd <8 x float> %196, <float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000, float 0x3E45798EE0000000>
  %198 = fdiv <8 x float> %194, %197
  %199 = fsub <8 x float> %wide.load430, %198
  store <8 x float> %199, ptr %y_weight, align 64
  %train_y_bias_exp_avg_sq = getelementptr inbounds i8, ptr %ws, i64 768
  %train_y_bias_exp_avg = getelementptr inbounds i8, ptr %ws, i64 704
  %200 = load float, ptr %train_step, align 64
  %201 = tail call float @llvm.pow.f32(float 0x3FECCCCCC0000000, float %200)
  %202 = fsub float 1.000000e+00, %201
  %203 = tail call float @llvm.pow.f32(float 0x3FEFF7CEE0000000, float %200)
  %204 = fsub float 1.000000e+00, %203
  %205 = fdiv float 0x3FA99999A0000000, %202
  %206 = tail call float @llvm.sqrt.f32(float %204)
  %207 = load float, ptr %d_y_bias, align 64
  %208 = load float, ptr %train_y_bias_exp_avg, align 64
  %209 = fmul float %208, 0x3FECCCCCC0000000
  %210 = fmul float %207, 0x3FB99999A0000000
  %211 = fadd float %210, %209
  store float %211, ptr %train_y_bias_exp_avg, align 64
  %212 = load float, ptr %train_y_bias_exp_avg_sq, align 64
  %213 = fmul float %212, 0x3FEFF7CEE0000000
  %214 = fmul float %207, 0x3F50624DE0000000
  %215 = fmul float %207, %214
  %216 = fadd float %215, %213
  store float %216, ptr %train_y_bias_exp_avg_sq, align 64
  %217 = load float, ptr %y_bias, align 64
  %218 = fmul float %205, %211
  %219 = tail call float @llvm.sqrt.f32(float %216)
  %220 = fdiv float %219, %206
  %221 = fadd float %220, 0x3E45798EE0000000
  %222 = fdiv float %218, %221
  %223 = fsub float %217, %222
  store float %223, ptr %y_bias, align 64
  %224 = load float, ptr %loss, align 64
  ret float %224
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

; Function Attrs: mustprogress nofree nounwind willreturn memory(write)
declare float @log1pf(float) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.pow.f32(float, float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: nofree nounwind memory(write, argmem: readwrite)
define internal float @xor_eval_batch(ptr nocapture align 64 %ws, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #0 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 192
  %h = getelementptr inbounds i8, ptr %ws, i64 1088
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1216
  %y = getelementptr inbounds i8, ptr %ws, i64 1344
  %loss = getelementptr inbounds i8, ptr %ws, i64 1408
  %.not = icmp eq i64 %n, 0
  br i1 %.not, label %i.end33.thread, label %j.cond.preheader

i.end33.thread:                                   ; preds = %entry
  %0 = uitofp nneg i64 %n to float
  %1 = fdiv float 1.000000e+00, %0
  %2 = fmul float %1, 0.000000e+00
  store float %2, ptr %loss, align 64
  br label %i.end39

j.cond.preheader:                                 ; preds = %entry, %j.end
  %i.079 = phi i64 [ %4, %j.end ], [ 0, %entry ]
  %.idx = shl nsw i64 %i.079, 3
  %invariant.gep = getelementptr inbounds i8, ptr %x, i64 %.idx
  %.idx90 = shl nsw i64 %i.079, 5
  %invariant.gep111 = getelementptr inbounds i8, ptr %h, i64 %.idx90
  br label %k.cond.preheader

k.cond18.preheader.lr.ph:                         ; preds = %j.end
  %3 = load float, ptr %y_bias, align 64
  %wide.load118 = load <8 x float>, ptr %y_weight, align 64
  br label %k.cond18.preheader

k.cond.preheader:                                 ; preds = %j.cond.preheader, %k.end
  %j.078 = phi i64 [ 0, %j.cond.preheader ], [ %14, %k.end ]
  %.idx89 = shl nsw i64 %j.078, 3
  %invariant.gep109 = getelementptr inbounds i8, ptr %ws, i64 %.idx89
  br label %k.body

j.end:                                            ; preds = %k.end
  %4 = add nuw nsw i64 %i.079, 1
  %exitcond99.not = icmp eq i64 %4, %n
  br i1 %exitcond99.not, label %k.cond18.preheader.lr.ph, label %j.cond.preheader

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %5 = phi i1 [ true, %k.cond.preheader ], [ false, %k.body ]
  %k.077 = phi i64 [ 0, %k.cond.preheader ], [ 1, %k.body ]
  %acc.076 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %9, %k.body ]
  %gep = getelementptr inbounds float, ptr %invariant.gep, i64 %k.077
  %6 = load float, ptr %gep, align 4
  %gep110 = getelementptr inbounds float, ptr %invariant.gep109, i64 %k.077
  %7 = load float, ptr %gep110, align 4
  %8 = fmul float %6, %7
  %9 = fadd reassoc float %acc.076, %8
  br i1 %5, label %k.body, label %k.end

k.end:                                            ; preds = %k.body
  %gep112 = getelementptr inbounds float, ptr %invariant.gep111, i64 %j.078
  %10 = getelementptr inbounds float, ptr %h_bias, i64 %j.078
  %11 = load float, ptr %10, align 4
  %12 = fadd float %9, %11
  %13 = tail call float @tanhf(float %12)
  store float %13, ptr %gep112, align 4
  %14 = add nuw nsw i64 %j.078, 1
  %exitcond.not = icmp eq i64 %14, 8
  br i1 %exitcond.not, label %j.end, label %k.cond.preheader

k.cond18.preheader:                               ; preds = %k.cond18.preheader.lr.ph, %k.cond18.preheader
  %i4.082 = phi i64 [ 0, %k.cond18.preheader.lr.ph ], [ %20, %k.cond18.preheader ]
  %.idx92 = shl nsw i64 %i4.082, 5
  %invariant.gep113 = getelementptr inbounds i8, ptr %h, i64 %.idx92
  %wide.load = load <8 x float>, ptr %invariant.gep113, align 32
  %15 = fmul <8 x float> %wide.load, %wide.load118
  %16 = fadd reassoc <8 x float> %15, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %17 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %16)
  %18 = getelementptr inbounds float, ptr %y_pre, i64 %i4.082
  %19 = fadd float %17, %3
  store float %19, ptr %18, align 4
  %20 = add nuw nsw i64 %i4.082, 1
  %exitcond101.not = icmp eq i64 %20, %n
  br i1 %exitcond101.not, label %i.body25.preheader, label %k.cond18.preheader

i.body25.preheader:                               ; preds = %k.cond18.preheader
  %min.iters.check = icmp ult i64 %n, 8
  br i1 %min.iters.check, label %i.body25.preheader159, label %vector.ph121

vector.ph121:                                     ; preds = %i.body25.preheader
  %n.vec = and i64 %n, -8
  br label %vector.body123

vector.body123:                                   ; preds = %vector.body123, %vector.ph121
  %index124 = phi i64 [ 0, %vector.ph121 ], [ %index.next126, %vector.body123 ]
  %21 = getelementptr inbounds float, ptr %y, i64 %index124
  %22 = getelementptr inbounds float, ptr %y_pre, i64 %index124
  %wide.load125 = load <8 x float>, ptr %22, align 32
  %23 = fneg <8 x float> %wide.load125
  %24 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %23)
  %25 = fadd <8 x float> %24, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %26 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %25
  store <8 x float> %26, ptr %21, align 32
  %index.next126 = add nuw i64 %index124, 8
  %27 = icmp eq i64 %index.next126, %n.vec
  br i1 %27, label %middle.block119, label %vector.body123, !llvm.loop !14

middle.block119:                                  ; preds = %vector.body123
  %cmp.n = icmp eq i64 %n.vec, %n
  br i1 %cmp.n, label %i.body31.preheader, label %i.body25.preheader159

i.body25.preheader159:                            ; preds = %middle.block119, %i.body25.preheader
  %i23.083.ph = phi i64 [ 0, %i.body25.preheader ], [ %n.vec, %middle.block119 ]
  br label %i.body25

i.body25:                                         ; preds = %i.body25.preheader159, %i.body25
  %i23.083 = phi i64 [ %35, %i.body25 ], [ %i23.083.ph, %i.body25.preheader159 ]
  %28 = getelementptr inbounds float, ptr %y, i64 %i23.083
  %29 = getelementptr inbounds float, ptr %y_pre, i64 %i23.083
  %30 = load float, ptr %29, align 4
  %31 = fneg float %30
  %32 = tail call float @llvm.exp.f32(float %31)
  %33 = fadd float %32, 1.000000e+00
  %34 = fdiv float 1.000000e+00, %33
  store float %34, ptr %28, align 4
  %35 = add nuw nsw i64 %i23.083, 1
  %exitcond102.not = icmp eq i64 %35, %n
  br i1 %exitcond102.not, label %i.body31.preheader, label %i.body25, !llvm.loop !15

i.body31.preheader:                               ; preds = %i.body25, %middle.block119
  br label %i.body31

i.body31:                                         ; preds = %i.body31.preheader, %i.body31
  %i29.085 = phi i64 [ %49, %i.body31 ], [ 0, %i.body31.preheader ]
  %sum.084 = phi float [ %48, %i.body31 ], [ 0.000000e+00, %i.body31.preheader ]
  %36 = getelementptr inbounds float, ptr %y_pre, i64 %i29.085
  %37 = load float, ptr %36, align 4
  %38 = tail call float @llvm.maxnum.f32(float %37, float 0.000000e+00)
  %39 = getelementptr inbounds float, ptr %target, i64 %i29.085
  %40 = load float, ptr %39, align 4
  %41 = fmul float %37, %40
  %42 = fsub float %38, %41
  %43 = tail call float @llvm.fabs.f32(float %37)
  %44 = fneg float %43
  %45 = tail call float @llvm.exp.f32(float %44)
  %46 = tail call float @log1pf(float %45)
  %47 = fadd float %46, %42
  %48 = fadd reassoc float %sum.084, %47
  %49 = add nuw nsw i64 %i29.085, 1
  %exitcond103.not = icmp eq i64 %49, %n
  br i1 %exitcond103.not, label %i.body37.preheader, label %i.body31

i.body37.preheader:                               ; preds = %i.body31
  %50 = uitofp i64 %n to float
  %51 = fdiv float 1.000000e+00, %50
  %52 = fmul float %51, %48
  store float %52, ptr %loss, align 64
  %min.iters.check129 = icmp ult i64 %n, 32
  br i1 %min.iters.check129, label %i.body37.preheader153, label %vector.ph130

vector.ph130:                                     ; preds = %i.body37.preheader
  %n.vec132 = and i64 %n, -32
  br label %vector.body134

vector.body134:                                   ; preds = %vector.body134, %vector.ph130
  %index135 = phi i64 [ 0, %vector.ph130 ], [ %index.next148, %vector.body134 ]
  %vec.phi136 = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph130 ], [ %77, %vector.body134 ]
  %vec.phi137 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph130 ], [ %78, %vector.body134 ]
  %vec.phi138 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph130 ], [ %79, %vector.body134 ]
  %vec.phi139 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph130 ], [ %80, %vector.body134 ]
  %53 = getelementptr inbounds float, ptr %y, i64 %index135
  %54 = getelementptr inbounds i8, ptr %53, i64 32
  %55 = getelementptr inbounds i8, ptr %53, i64 64
  %56 = getelementptr inbounds i8, ptr %53, i64 96
  %wide.load140 = load <8 x float>, ptr %53, align 64
  %wide.load141 = load <8 x float>, ptr %54, align 32
  %wide.load142 = load <8 x float>, ptr %55, align 64
  %wide.load143 = load <8 x float>, ptr %56, align 32
  %57 = fcmp ogt <8 x float> %wide.load140, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %58 = fcmp ogt <8 x float> %wide.load141, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %59 = fcmp ogt <8 x float> %wide.load142, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %60 = fcmp ogt <8 x float> %wide.load143, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %61 = getelementptr inbounds float, ptr %target, i64 %index135
  %62 = getelementptr inbounds i8, ptr %61, i64 32
  %63 = getelementptr inbounds i8, ptr %61, i64 64
  %64 = getelementptr inbounds i8, ptr %61, i64 96
  %wide.load144 = load <8 x float>, ptr %61, align 4
  %wide.load145 = load <8 x float>, ptr %62, align 4
  %wide.load146 = load <8 x float>, ptr %63, align 4
  %wide.load147 = load <8 x float>, ptr %64, align 4
  %65 = fcmp ule <8 x float> %wide.load144, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %66 = fcmp ule <8 x float> %wide.load145, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %67 = fcmp ule <8 x float> %wide.load146, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %68 = fcmp ule <8 x float> %wide.load147, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %69 = xor <8 x i1> %57, %65
  %70 = xor <8 x i1> %58, %66
  %71 = xor <8 x i1> %59, %67
  %72 = xor <8 x i1> %60, %68
  %73 = select <8 x i1> %69, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %74 = select <8 x i1> %70, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %75 = select <8 x i1> %71, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %76 = select <8 x i1> %72, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %77 = fadd reassoc <8 x float> %vec.phi136, %73
  %78 = fadd reassoc <8 x float> %vec.phi137, %74
  %79 = fadd reassoc <8 x float> %vec.phi138, %75
  %80 = fadd reassoc <8 x float> %vec.phi139, %76
  %index.next148 = add nuw i64 %index135, 32
  %81 = icmp eq i64 %index.next148, %n.vec132
  br i1 %81, label %middle.block127, label %vector.body134, !llvm.loop !16

middle.block127:                                  ; preds = %vector.body134
  %bin.rdx = fadd reassoc <8 x float> %78, %77
  %bin.rdx149 = fadd reassoc <8 x float> %79, %bin.rdx
  %bin.rdx150 = fadd reassoc <8 x float> %80, %bin.rdx149
  %82 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx150)
  %cmp.n151 = icmp eq i64 %n.vec132, %n
  br i1 %cmp.n151, label %i.end39, label %i.body37.preheader153

i.body37.preheader153:                            ; preds = %middle.block127, %i.body37.preheader
  %i35.087.ph = phi i64 [ 0, %i.body37.preheader ], [ %n.vec132, %middle.block127 ]
  %hits.086.ph = phi float [ 0.000000e+00, %i.body37.preheader ], [ %82, %middle.block127 ]
  br label %i.body37

i.body37:                                         ; preds = %i.body37.preheader153, %i.body37
  %i35.087 = phi i64 [ %92, %i.body37 ], [ %i35.087.ph, %i.body37.preheader153 ]
  %hits.086 = phi float [ %91, %i.body37 ], [ %hits.086.ph, %i.body37.preheader153 ]
  %83 = getelementptr inbounds float, ptr %y, i64 %i35.087
  %84 = load float, ptr %83, align 4
  %85 = fcmp ogt float %84, 5.000000e-01
  %86 = getelementptr inbounds float, ptr %target, i64 %i35.087
  %87 = load float, ptr %86, align 4
  %88 = fcmp ule float %87, 5.000000e-01
  %89 = xor i1 %85, %88
  %90 = select i1 %89, float 1.000000e+00, float 0.000000e+00
  %91 = fadd reassoc float %hits.086, %90
  %92 = add nuw nsw i64 %i35.087, 1
  %exitcond104.not = icmp eq i64 %92, %n
  br i1 %exitcond104.not, label %i.end39, label %i.body37, !llvm.loop !17

i.end39:                                          ; preds = %i.body37, %middle.block127, %i.end33.thread
  %hits.0.lcssa = phi float [ 0.000000e+00, %i.end33.thread ], [ %82, %middle.block127 ], [ %91, %i.body37 ]
  store float %hits.0.lcssa, ptr %correct, align 4
  %93 = load float, ptr %loss, align 64
  ret float %93
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
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #6

attributes #0 = { nofree nounwind memory(write, argmem: readwrite) }
attributes #1 = { mustprogress nofree nounwind willreturn memory(write) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
!6 = !{!7}
!7 = distinct !{!7, !8}
!8 = distinct !{!8, !"LVerDomain"}
!9 = !{!10}
!10 = distinct !{!10, !8}
!11 = distinct !{!11, !1, !2}
!12 = distinct !{!12, !1}
!13 = distinct !{!13, !1, !2}
!14 = distinct !{!14, !1, !2}
!15 = distinct !{!15, !2, !1}
!16 = distinct !{!16, !1, !2}
!17 = distinct !{!17, !2, !1}
